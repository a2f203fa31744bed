# Footer line of every page
footer-text = Welcome Center تورینگن: اطلاع‌رسانی، مشاوره اولیه و معرفی به مراکز دیگر برای نیروهای متخصص خارجی و برای کارفرمایان در تورینگن.

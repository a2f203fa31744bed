# Footer line of every page
footer-text = Welcome Center Thüringen: Thüringen'deki yurt dışından gelen nitelikli çalışanlar ve işverenler için bilgilendirme, ilk danışmanlık ve yönlendirme.

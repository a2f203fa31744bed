# Skip link at the very top of every page
skip-to-content = انتقل إلى المحتوى الرئيسي

# Accessible label of the main navigation menu
nav-main = القائمة الرئيسية

# Heading and label of the language switcher
nav-languages = اللغات

# Accessible label of the breadcrumb trail
nav-breadcrumb = أنت هنا

# First breadcrumb item and link to the home page
home = الرئيسية

# Heading of the language selection page
choose-language = اختر لغتك

# Notice on a page shown in another language because no translation exists
fallback-notice = هذه الصفحة غير متوفرة بالعربية بعد. أنت تقرأ النص الأصلي بلغة { $original }.

# Date line at the end of an article
last-reviewed = آخر مراجعة: { $date }

# Heading of the list of sources at the end of an article
sources = المصادر

# Heading of the list of pages on a section page
section-contents = في هذا القسم

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [zero] لا توجد صفحات في هذا القسم.
    [one] في هذا القسم صفحة واحدة.
    [two] في هذا القسم صفحتان.
    [few] في هذا القسم { $count } صفحات.
    [many] في هذا القسم { $count } صفحة.
   *[other] في هذا القسم { $count } صفحة.
}

# Heading of the topic list on the home page
topics = المواضيع

# Title of the 404 error page
not-found-title = الصفحة غير موجودة

# Explanation text on the 404 error page
not-found-text = لم نتمكن من العثور على هذه الصفحة. ربما نُقلت أو حُذفت.

# Link back to the home page on the 404 error page
not-found-home = الذهاب إلى الصفحة الرئيسية

# Short description in the page footer
footer-text = معلومات للقادمين من الخارج.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year }

# Name of the month January as used inside a date
month-1 = يناير

# Name of the month February as used inside a date
month-2 = فبراير

# Name of the month March as used inside a date
month-3 = مارس

# Name of the month April as used inside a date
month-4 = أبريل

# Name of the month May as used inside a date
month-5 = مايو

# Name of the month June as used inside a date
month-6 = يونيو

# Name of the month July as used inside a date
month-7 = يوليو

# Name of the month August as used inside a date
month-8 = أغسطس

# Name of the month September as used inside a date
month-9 = سبتمبر

# Name of the month October as used inside a date
month-10 = أكتوبر

# Name of the month November as used inside a date
month-11 = نوفمبر

# Name of the month December as used inside a date
month-12 = ديسمبر

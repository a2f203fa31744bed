# Skip link at the very top of every page
skip-to-content = Перейти до основного змісту

# Accessible label of the main navigation menu
nav-main = Головна навігація

# Heading and label of the language switcher
nav-languages = Мови

# Accessible label of the breadcrumb trail
nav-breadcrumb = Ви тут

# First breadcrumb item and link to the home page
home = Головна

# Heading of the language selection page
choose-language = Оберіть мову

# Notice on a page shown in another language because no translation exists
fallback-notice = Ця сторінка ще не доступна українською. Ви читаєте оригінальний текст мовою { $original }.

# Date line at the end of an article
last-reviewed = Остання перевірка: { $date }

# Heading of the list of sources at the end of an article
sources = Джерела

# Heading of the list of pages on a section page
section-contents = У цьому розділі

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] У цьому розділі { $count } сторінка.
    [few] У цьому розділі { $count } сторінки.
    [many] У цьому розділі { $count } сторінок.
   *[other] У цьому розділі { $count } сторінки.
}

# Heading of the topic list on the home page
topics = Теми

# Title of the 404 error page
not-found-title = Сторінку не знайдено

# Explanation text on the 404 error page
not-found-text = Нам не вдалося знайти цю сторінку. Можливо, її перемістили або видалили.

# Link back to the home page on the 404 error page
not-found-home = Перейти на головну сторінку

# Short description in the page footer
footer-text = Інформація для людей з-за кордону.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year } р.

# Name of the month January as used inside a date
month-1 = січня

# Name of the month February as used inside a date
month-2 = лютого

# Name of the month March as used inside a date
month-3 = березня

# Name of the month April as used inside a date
month-4 = квітня

# Name of the month May as used inside a date
month-5 = травня

# Name of the month June as used inside a date
month-6 = червня

# Name of the month July as used inside a date
month-7 = липня

# Name of the month August as used inside a date
month-8 = серпня

# Name of the month September as used inside a date
month-9 = вересня

# Name of the month October as used inside a date
month-10 = жовтня

# Name of the month November as used inside a date
month-11 = листопада

# Name of the month December as used inside a date
month-12 = грудня

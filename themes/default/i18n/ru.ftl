# Skip link at the very top of every page
skip-to-content = Перейти к основному содержанию

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Меню

nav-main = Главная навигация

# Heading and label of the language switcher
nav-languages = Языки

# Accessible label of the breadcrumb trail
nav-breadcrumb = Вы здесь

# First breadcrumb item and link to the home page
home = Главная

# Heading of the language selection page
choose-language = Выберите язык

# Notice on a page shown in another language because no translation exists
fallback-notice = Этой страницы пока нет на русском языке. Вы читаете оригинальный текст на языке: { $original }.

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = Этот перевод ещё не проверен и может содержать ошибки.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Читать оригинал на языке: { $language }

# Date a news item was published
published = Опубликовано { $date }

# Date line at the end of an article
last-reviewed = Последняя проверка: { $date }

# Heading of the list of sources at the end of an article
sources = Источники

# Heading of the list of pages on a section page
section-contents = В этом разделе

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] В этом разделе { $count } страница.
    [few] В этом разделе { $count } страницы.
    [many] В этом разделе { $count } страниц.
   *[other] В этом разделе { $count } страницы.
}

# Heading of the topic list on the home page
topics = Темы

# Title of the 404 error page
not-found-title = Страница не найдена

# Explanation text on the 404 error page
not-found-text = Мы не смогли найти эту страницу. Возможно, её перенесли или удалили.

# Link back to the home page on the 404 error page
not-found-home = На главную страницу

# Short description in the page footer
footer-text = Информация для людей из-за рубежа.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year } г.

# Name of the month January as used inside a date
month-1 = января

# Name of the month February as used inside a date
month-2 = февраля

# Name of the month March as used inside a date
month-3 = марта

# Name of the month April as used inside a date
month-4 = апреля

# Name of the month May as used inside a date
month-5 = мая

# Name of the month June as used inside a date
month-6 = июня

# Name of the month July as used inside a date
month-7 = июля

# Name of the month August as used inside a date
month-8 = августа

# Name of the month September as used inside a date
month-9 = сентября

# Name of the month October as used inside a date
month-10 = октября

# Name of the month November as used inside a date
month-11 = ноября

# Name of the month December as used inside a date
month-12 = декабря

# Heading above the partners that help with a page's topics
who-helps = Кто может помочь?

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}

# Heading of the partner finder form
finder-title = Найти подходящую организацию

# Label of the finder's topic filter
finder-topic = Тема

# Label of the finder's city filter
finder-city = Город

# Label of the finder's filter by language of advice
finder-language = Язык консультации

# Button of the finder form that applies the filters
finder-submit = Показать результаты

# First option of every finder filter: no restriction
finder-any = Все

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] Найдена { $count } организация.
    [few] Найдено { $count } организации.
    [many] Найдено { $count } организаций.
   *[other] Найдено { $count } организации.
}

# Heading of the links by topic and by city on the directory page
browse-title = Поиск по справочнику

# Subheading: links to the topic pages
browse-by-topic = По теме

# Subheading: links to the city pages
browse-by-city = По городу

# Group heading in the directory: counselling services
partner-kind-counselling = Консультационные службы

# Group heading in the directory: public authorities
partner-kind-authority = Государственные ведомства

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Палаты

# Group heading in the directory: networks
partner-kind-network = Сети

# Group heading in the directory: universities and education
partner-kind-education = Вузы и образование

# Group heading in the directory: employment services
partner-kind-employment-service = Трудоустройство

# Group heading in the directory: associations
partner-kind-association = Объединения

# Heading of a partner's list of services
partner-services = Услуги

# Heading of a partner's contact details
partner-contact = Контакты

# Label of a partner's website
partner-website = Сайт

# Label of a partner's e-mail address
partner-email = Электронная почта

# Label of a partner's phone number
partner-phone = Телефон

# Label of the languages in which a partner gives advice
partner-languages = Консультации на языках

# Label of the cities where a partner has offices
partner-cities = Отделения

# Label of the area a partner serves
partner-regions = Обслуживает

# Heading of a partner's address
partner-address = Адрес

# Label of a partner's opening hours
partner-opening-hours = Часы работы

# Label of notes on a partner office's physical accessibility
partner-accessibility = Доступность для людей с инвалидностью

# Link to download a partner's contact card
partner-vcard = Сохранить контакт (vCard)

# Heading of the content pages on a topic page
topic-pages = Информация по этой теме

# Heading of the partners on a topic page
topic-partners = Эти организации помогают

# Heading of a city page. $city = the city's name
city-partners = Организации в городе { $city }

# Caption and accessible name of the map of partner cities
partners-map = Где находятся наши партнёры

# Heading of the editors' translation status page (/status/)
status-title = Состояние переводов

# Introduction of the status page. $date = the build date
status-intro = Для редакции: насколько полон и актуален каждый язык. По состоянию на { $date }.

# Column heading: language
status-language = Язык

# Column heading: share of pages translated
status-translated = Переведено

# Heading and column: pages without a translation
status-missing = Отсутствует

# Heading and column: translations whose source changed
status-outdated = Устарело

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Не проверено

# Heading and column: pages due for review
status-review-due = Нужна проверка

# Column heading: section
status-section = Раздел

# Heading of the table of contents of a long page
on-this-page = На этой странице

# Link to the previous page of the section. $title = its title
previous-page = Назад: { $title }

# Link to the next page of the section. $title = its title
next-page = Далее: { $title }

# Accessible label of the previous/next navigation
nav-pages = Ещё в этом разделе

# Heading of the list of coming events
events-upcoming = Предстоящие мероприятия

# Heading of the list of past events
events-past = Прошедшие мероприятия

# Shown when no event is coming
events-none = Сейчас мероприятия не запланированы.

# Link to the calendar file of all events
events-calendar = Подписаться на все мероприятия (файл календаря)

# Label of an event's date and time
event-when = Когда

# Label of an event's place
event-where = Где

# Label of an event's online address
event-online = Онлайн

# Link to an event's calendar file
event-add = Добавить в свой календарь

# Title of the news and events feed link
feed-title = Новости и мероприятия

# Link from a translated page to its two-language print version
print-bilingual = Двуязычная версия для печати

# Heading of the two-language print version
print-title = Двуязычная версия

# Explanation on the two-language print version
print-hint = Распечатайте эту страницу (Ctrl+P) и возьмите её с собой на приём.

print-glossary = Термины на этой странице

# Heading of the search page and header link to it
search-title = Поиск

# Label of the search field
search-label = Поисковый запрос

# Button of the search form
search-submit = Искать

# Heading of the topic links shown without JavaScript
search-nojs-title = Найти информацию по теме

# Explanation shown when the search cannot run
search-nojs = Для поиска нужен JavaScript. Без JavaScript выберите тему:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] Найдена { $count } страница.
    [few] Найдено { $count } страницы.
    [many] Найдено { $count } страниц.
   *[other] Найдено { $count } страницы.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = Что вы хотите сделать?

# Home page: the latest news
news-title = Новости

news-all = Все новости

# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = Все партнёры по теме:

# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = На этой странице что-то неверно или устарело? Напишите нам.

# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = Замечание к странице «{ $title }»

feedback-body =
    Страница: { $title }
    Адрес: { $url }
    Язык: { $language }
    Последняя проверка: { $date }
    
    Что неверно или устарело?

# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Сохранить этот раздел для чтения офлайн ({ $size })

offline-saving = Сохранение …

offline-saved = Сохранено: теперь вы можете читать эти страницы и без интернета.

offline-failed = Сохранить не удалось. Пожалуйста, попробуйте ещё раз.

offline-title = Вы офлайн

offline-text = Эта страница не сохранена на вашем устройстве. Страницы, которые вы уже открывали или сохранили, можно читать и без интернета.

# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Начальные буквы

glossary-related = См. также:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Ваши ответы до сих пор
path-back = Назад к предыдущему вопросу
path-start-over = Начать заново
path-list = Найдите свой путь: несколько вопросов — ответ для вашей ситуации
status-paths = Пути решений
path-result = Ваш результат

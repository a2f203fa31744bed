# Skip link at the very top of every page
skip-to-content = Перейти до основного змісту

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Меню
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

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = Цей переклад ще не перевірено, він може містити помилки.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Читати оригінал мовою: { $language }

# Date a news item was published
published = Опубліковано { $date }

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

# Heading above the partners that help with a page's topics
who-helps = Хто може допомогти

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
}

# Heading of the partner finder form
finder-title = Знайдіть потрібну організацію

# Label of the finder's topic filter
finder-topic = Тема

# Label of the finder's city filter
finder-city = Місто

# Label of the finder's filter by language of advice
finder-language = Мова консультації

# Button of the finder form that applies the filters
finder-submit = Показати результати

# First option of every finder filter: no restriction
finder-any = Усі

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] Знайдено { $count } організацію.
    [few] Знайдено { $count } організації.
    [many] Знайдено { $count } організацій.
   *[other] Знайдено { $count } організації.
}

# Heading of the links by topic and by city on the directory page
browse-title = Переглянути довідник

# Subheading: links to the topic pages
browse-by-topic = За темою

# Subheading: links to the city pages
browse-by-city = За містом

# Group heading in the directory: counselling services
partner-kind-counselling = Консультаційні служби

# Group heading in the directory: public authorities
partner-kind-authority = Органи влади

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Торгові та ремісничі палати

# Group heading in the directory: networks
partner-kind-network = Мережі

# Group heading in the directory: universities and education
partner-kind-education = Університети та освіта

# Group heading in the directory: employment services
partner-kind-employment-service = Служби зайнятості

# Group heading in the directory: associations
partner-kind-association = Асоціації

# Heading of a partner's list of services
partner-services = Послуги

# Heading of a partner's contact details
partner-contact = Контакти

# Label of a partner's website
partner-website = Вебсайт

# Label of a partner's e-mail address
partner-email = Електронна пошта

# Label of a partner's phone number
partner-phone = Телефон

# Label of the languages in which a partner gives advice
partner-languages = Консультації мовами

# Label of the cities where a partner has offices
partner-cities = Офіси в містах

# Label of the area a partner serves
partner-regions = Територія обслуговування

# Heading of a partner's address
partner-address = Адреса

# Label of a partner's opening hours
partner-opening-hours = Години роботи

# Label of notes on a partner office's physical accessibility
partner-accessibility = Доступність

# Link to download a partner's contact card
partner-vcard = Зберегти контакт (vCard)

# Heading of the content pages on a topic page
topic-pages = Інформація на цю тему

# Heading of the partners on a topic page
topic-partners = Організації, які допомагають

# Heading of a city page. $city = the city's name
city-partners = Організації в місті { $city }

# Caption and accessible name of the map of partner cities
partners-map = Де працюють наші партнери

# Heading of the editors' translation status page (/status/)
status-title = Стан перекладів

# Introduction of the status page. $date = the build date
status-intro = Для редакції: наскільки повна й актуальна кожна мова. Станом на { $date }.

# Column heading: language
status-language = Мова

# Column heading: share of pages translated
status-translated = Перекладено

# Heading and column: pages without a translation
status-missing = Бракує

# Heading and column: translations whose source changed
status-outdated = Застаріло

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Не перевірено

# Heading and column: pages due for review
status-review-due = Потрібна перевірка

# Column heading: section
status-section = Розділ

# Heading of the table of contents of a long page
on-this-page = На цій сторінці

# Link to the previous page of the section. $title = its title
previous-page = Попередня: { $title }

# Link to the next page of the section. $title = its title
next-page = Наступна: { $title }

# Accessible label of the previous/next navigation
nav-pages = Більше в цьому розділі

# Heading of the list of coming events
events-upcoming = Майбутні заходи

# Heading of the list of past events
events-past = Минулі заходи

# Shown when no event is coming
events-none = Наразі запланованих заходів немає.

# Link to the calendar file of all events
events-calendar = Підписатися на всі заходи (файл календаря)

# Label of an event's date and time
event-when = Коли

# Label of an event's place
event-where = Де

# Label of an event's online address
event-online = Онлайн

# Link to an event's calendar file
event-add = Додати до свого календаря

# Title of the news and events feed link
feed-title = Новини та заходи

# Link from a translated page to its two-language print version
print-bilingual = Двомовна версія для друку (українська та німецька)

# Heading of the two-language print version
print-title = Двомовна версія

# Explanation on the two-language print version
print-hint = Роздрукуйте цю сторінку (Ctrl+P) і візьміть її на прийом: ваша мова з одного боку, німецька — з іншого.
print-glossary = Терміни на цій сторінці

# Heading of the search page and header link to it
search-title = Пошук

# Label of the search field
search-label = Пошуковий запит

# Button of the search form
search-submit = Шукати

# Heading of the topic links shown without JavaScript
search-nojs-title = Знайти інформацію за темою

# Explanation shown when the search cannot run
search-nojs = Для пошуку потрібен JavaScript. Без нього оберіть тему:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] Знайдено { $count } сторінку.
    [few] Знайдено { $count } сторінки.
    [many] Знайдено { $count } сторінок.
   *[other] Знайдено { $count } сторінки.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = Що ви хочете зробити?
# Home page: the latest news
news-title = Новини
news-all = Усі новини
# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = Усі партнери на тему:
# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = На цій сторінці щось неправильно або застаріло? Напишіть нам.
# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = Зауваження до сторінки «{ $title }»
feedback-body =
    Сторінка: { $title }
    Адреса: { $url }
    Мова: { $language }
    Востаннє перевірено: { $date }
    
    Що неправильно або застаріло?
# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Зберегти цей розділ для читання офлайн ({ $size })
offline-saving = Зберігаємо …
offline-saved = Збережено: тепер ви можете читати ці сторінки без інтернету.
offline-failed = Не вдалося зберегти. Спробуйте ще раз.
offline-title = Ви офлайн
offline-text = Цю сторінку не збережено на вашому пристрої. Сторінки, які ви вже відкривали або зберегли, можна читати без інтернету.
# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Початкові літери
glossary-related = Див. також:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Ваші відповіді досі
path-back = Назад до попереднього питання
path-start-over = Почати знову
path-list = Знайдіть свій шлях: кілька питань — відповідь для вашої ситуації
status-paths = Шляхи рішень
path-result = Ваш результат

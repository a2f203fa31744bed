# Skip link at the very top of every page
skip-to-content = رفتن به محتوای اصلی

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = منو

nav-main = منوی اصلی

# Heading and label of the language switcher
nav-languages = زبان‌ها

# Accessible label of the breadcrumb trail
nav-breadcrumb = شما اینجا هستید

# First breadcrumb item and link to the home page
home = صفحه اصلی

# Heading of the language selection page
choose-language = زبان خود را انتخاب کنید

# Notice on a page shown in another language because no translation exists
fallback-notice = این صفحه هنوز به فارسی موجود نیست. شما متن اصلی را به زبان { $original } می‌خوانید.

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = این ترجمه هنوز بررسی نشده است و ممکن است اشتباه داشته باشد.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = متن اصلی را به زبان { $language } بخوانید

# Date a news item was published
published = تاریخ انتشار: { $date }

# Date line at the end of an article
last-reviewed = آخرین بررسی: { $date }

# Heading of the list of sources at the end of an article
sources = منابع

# Heading of the list of pages on a section page
section-contents = در این بخش

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] این بخش { $count } صفحه دارد.
   *[other] این بخش { $count } صفحه دارد.
}

# Heading of the topic list on the home page
topics = موضوع‌ها

# Title of the 404 error page
not-found-title = صفحه پیدا نشد

# Explanation text on the 404 error page
not-found-text = ما نتوانستیم این صفحه را پیدا کنیم. شاید جابه‌جا یا حذف شده است.

# Link back to the home page on the 404 error page
not-found-home = رفتن به صفحه اصلی

# Short description in the page footer
footer-text = اطلاعات برای افرادی که از خارج از کشور می‌آیند.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year }

# Name of the month January as used inside a date
month-1 = ژانویه

# Name of the month February as used inside a date
month-2 = فوریه

# Name of the month March as used inside a date
month-3 = مارس

# Name of the month April as used inside a date
month-4 = آوریل

# Name of the month May as used inside a date
month-5 = مه

# Name of the month June as used inside a date
month-6 = ژوئن

# Name of the month July as used inside a date
month-7 = ژوئیه

# Name of the month August as used inside a date
month-8 = اوت

# Name of the month September as used inside a date
month-9 = سپتامبر

# Name of the month October as used inside a date
month-10 = اکتبر

# Name of the month November as used inside a date
month-11 = نوامبر

# Name of the month December as used inside a date
month-12 = دسامبر

# Heading above the partners that help with a page's topics
who-helps = چه کسی کمک می‌کند؟

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] { $count } سازمان
   *[other] { $count } سازمان
}

# Heading of the partner finder form
finder-title = پیدا کردن مرکز مناسب

# Label of the finder's topic filter
finder-topic = موضوع

# Label of the finder's city filter
finder-city = محل

# Label of the finder's filter by language of advice
finder-language = زبان مشاوره

# Button of the finder form that applies the filters
finder-submit = نمایش نتایج

# First option of every finder filter: no restriction
finder-any = همه

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] { $count } سازمان پیدا شد.
   *[other] { $count } سازمان پیدا شد.
}

# Heading of the links by topic and by city on the directory page
browse-title = جستجو در فهرست

# Subheading: links to the topic pages
browse-by-topic = بر اساس موضوع

# Subheading: links to the city pages
browse-by-city = بر اساس محل

# Group heading in the directory: counselling services
partner-kind-counselling = مراکز مشاوره

# Group heading in the directory: public authorities
partner-kind-authority = ادارات دولتی

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = اتاق‌های صنفی

# Group heading in the directory: networks
partner-kind-network = شبکه‌ها

# Group heading in the directory: universities and education
partner-kind-education = دانشگاه‌ها و آموزش

# Group heading in the directory: employment services
partner-kind-employment-service = کاریابی

# Group heading in the directory: associations
partner-kind-association = انجمن‌ها

# Heading of a partner's list of services
partner-services = خدمات

# Heading of a partner's contact details
partner-contact = تماس

# Label of a partner's website
partner-website = وب‌سایت

# Label of a partner's e-mail address
partner-email = ایمیل

# Label of a partner's phone number
partner-phone = تلفن

# Label of the languages in which a partner gives advice
partner-languages = مشاوره به زبان

# Label of the cities where a partner has offices
partner-cities = محل‌ها

# Label of the area a partner serves
partner-regions = مسئول برای

# Heading of a partner's address
partner-address = نشانی

# Label of a partner's opening hours
partner-opening-hours = ساعات کاری

# Label of notes on a partner office's physical accessibility
partner-accessibility = دسترسی‌پذیری

# Link to download a partner's contact card
partner-vcard = ذخیره اطلاعات تماس (vCard)

# Heading of the content pages on a topic page
topic-pages = اطلاعات درباره این موضوع

# Heading of the partners on a topic page
topic-partners = این مراکز کمک می‌کنند

# Heading of a city page. $city = the city's name
city-partners = سازمان‌ها در { $city }

# Caption and accessible name of the map of partner cities
partners-map = شرکای ما کجا هستند

# Heading of the editors' translation status page (/status/)
status-title = وضعیت ترجمه‌ها

# Introduction of the status page. $date = the build date
status-intro = برای تیم تحریریه: هر زبان چقدر کامل و به‌روز است. تاریخ: { $date }.

# Column heading: language
status-language = زبان

# Column heading: share of pages translated
status-translated = ترجمه‌شده

# Heading and column: pages without a translation
status-missing = موجود نیست

# Heading and column: translations whose source changed
status-outdated = قدیمی

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = بررسی‌نشده

# Heading and column: pages due for review
status-review-due = نیاز به بررسی

# Column heading: section
status-section = بخش

# Heading of the table of contents of a long page
on-this-page = در این صفحه

# Link to the previous page of the section. $title = its title
previous-page = قبلی: { $title }

# Link to the next page of the section. $title = its title
next-page = بعدی: { $title }

# Accessible label of the previous/next navigation
nav-pages = مطالب بیشتر در این بخش

# Heading of the list of coming events
events-upcoming = رویدادهای پیش رو

# Heading of the list of past events
events-past = رویدادهای گذشته

# Shown when no event is coming
events-none = در حال حاضر هیچ رویدادی برنامه‌ریزی نشده است.

# Link to the calendar file of all events
events-calendar = اشتراک همه رویدادها (فایل تقویم)

# Label of an event's date and time
event-when = زمان

# Label of an event's place
event-where = مکان

# Label of an event's online address
event-online = آنلاین

# Link to an event's calendar file
event-add = افزودن به تقویم خودتان

# Title of the news and events feed link
feed-title = اخبار و رویدادها

# Link from a translated page to its two-language print version
print-bilingual = نسخه دوزبانه برای چاپ

# Heading of the two-language print version
print-title = نسخه دوزبانه

# Explanation on the two-language print version
print-hint = این صفحه را چاپ کنید (Strg+P) و آن را به وقت ملاقات خود ببرید.

print-glossary = اصطلاحات این صفحه

# Heading of the search page and header link to it
search-title = جستجو

# Label of the search field
search-label = عبارت جستجو

# Button of the search form
search-submit = جستجو کنید

# Heading of the topic links shown without JavaScript
search-nojs-title = پیدا کردن اطلاعات بر اساس موضوع

# Explanation shown when the search cannot run
search-nojs = جستجو به JavaScript نیاز دارد. بدون JavaScript یک موضوع را انتخاب کنید:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] { $count } صفحه پیدا شد.
   *[other] { $count } صفحه پیدا شد.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = چه کاری می‌خواهید انجام دهید؟

# Home page: the latest news
news-title = اخبار

news-all = همه اخبار

# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = همه شرکا در این موضوع:

# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = آیا چیزی در این صفحه درست نیست یا قدیمی است؟ برای ما بنویسید.

# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = نکته درباره صفحه «{ $title }»

feedback-body =
    صفحه: { $title }
    نشانی: { $url }
    زبان: { $language }
    آخرین بررسی: { $date }
    
    چه چیزی درست نیست یا قدیمی است؟

# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = ذخیره این بخش برای استفاده آفلاین ({ $size })

offline-saving = در حال ذخیره …

offline-saved = ذخیره شد: اکنون می‌توانید این صفحه‌ها را بدون اینترنت هم بخوانید.

offline-failed = ذخیره انجام نشد. لطفاً دوباره امتحان کنید.

offline-title = شما آفلاین هستید

offline-text = این صفحه روی دستگاه شما ذخیره نشده است. صفحه‌هایی را که قبلاً باز یا ذخیره کرده‌اید، می‌توانید بدون اینترنت هم بخوانید.

# The glossary page: the A–Z index's name, and before the related entries
glossary-index = حروف آغازین

glossary-related = همچنین ببینید:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = پاسخ‌های شما تا اینجا
path-back = بازگشت به پرسش قبلی
path-start-over = شروع دوباره
path-list = راه خود را پیدا کنید: چند پرسش، یک پاسخ برای وضعیت شما
status-paths = مسیرهای تصمیم
path-result = نتیجه شما

# Skip link at the very top of every page
skip-to-content = انتقل إلى المحتوى الرئيسي

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = القائمة
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

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = لم تتم مراجعة هذه الترجمة بعد وقد تحتوي على أخطاء.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = اقرأ النص الأصلي باللغة: { $language }

# Date a news item was published
published = نُشر في { $date }

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

# Heading above the partners that help with a page's topics
who-helps = من يمكنه المساعدة؟

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [zero] لا توجد أي جهة
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهة
   *[other] { $count } جهة
}

# Heading of the partner finder form
finder-title = ابحث عن الجهة المناسبة

# Label of the finder's topic filter
finder-topic = الموضوع

# Label of the finder's city filter
finder-city = المدينة

# Label of the finder's filter by language of advice
finder-language = لغة الاستشارة

# Button of the finder form that applies the filters
finder-submit = عرض النتائج

# First option of every finder filter: no restriction
finder-any = الكل

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [zero] لم يُعثر على أي جهة.
    [one] عُثر على جهة واحدة.
    [two] عُثر على جهتين.
    [few] عُثر على { $count } جهات.
    [many] عُثر على { $count } جهة.
   *[other] عُثر على { $count } جهة.
}

# Heading of the links by topic and by city on the directory page
browse-title = تصفح الدليل

# Subheading: links to the topic pages
browse-by-topic = حسب الموضوع

# Subheading: links to the city pages
browse-by-city = حسب المدينة

# Group heading in the directory: counselling services
partner-kind-counselling = مراكز الاستشارة

# Group heading in the directory: public authorities
partner-kind-authority = الجهات الحكومية

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = غرف التجارة والحرف

# Group heading in the directory: networks
partner-kind-network = الشبكات

# Group heading in the directory: universities and education
partner-kind-education = الجامعات والتعليم

# Group heading in the directory: employment services
partner-kind-employment-service = خدمات التوظيف

# Group heading in the directory: associations
partner-kind-association = الجمعيات

# Heading of a partner's list of services
partner-services = الخدمات

# Heading of a partner's contact details
partner-contact = التواصل

# Label of a partner's website
partner-website = الموقع الإلكتروني

# Label of a partner's e-mail address
partner-email = البريد الإلكتروني

# Label of a partner's phone number
partner-phone = الهاتف

# Label of the languages in which a partner gives advice
partner-languages = الاستشارة باللغات

# Label of the cities where a partner has offices
partner-cities = مكاتب في

# Label of the area a partner serves
partner-regions = نطاق الخدمة

# Heading of a partner's address
partner-address = العنوان

# Label of a partner's opening hours
partner-opening-hours = ساعات العمل

# Label of notes on a partner office's physical accessibility
partner-accessibility = إمكانية الوصول

# Link to download a partner's contact card
partner-vcard = حفظ جهة الاتصال (vCard)

# Heading of the content pages on a topic page
topic-pages = معلومات حول هذا الموضوع

# Heading of the partners on a topic page
topic-partners = جهات تقدم المساعدة

# Heading of a city page. $city = the city's name
city-partners = الجهات في { $city }

# Caption and accessible name of the map of partner cities
partners-map = أين يوجد شركاؤنا

# Heading of the editors' translation status page (/status/)
status-title = حالة الترجمات

# Introduction of the status page. $date = the build date
status-intro = لفريق التحرير: مدى اكتمال كل لغة وحداثتها. البيانات حتى { $date }.

# Column heading: language
status-language = اللغة

# Column heading: share of pages translated
status-translated = مترجم

# Heading and column: pages without a translation
status-missing = ناقص

# Heading and column: translations whose source changed
status-outdated = قديم

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = غير مراجَعة

# Heading and column: pages due for review
status-review-due = بحاجة إلى مراجعة

# Column heading: section
status-section = القسم

# Heading of the table of contents of a long page
on-this-page = في هذه الصفحة

# Link to the previous page of the section. $title = its title
previous-page = السابق: { $title }

# Link to the next page of the section. $title = its title
next-page = التالي: { $title }

# Accessible label of the previous/next navigation
nav-pages = المزيد في هذا القسم

# Heading of the list of coming events
events-upcoming = الفعاليات القادمة

# Heading of the list of past events
events-past = الفعاليات السابقة

# Shown when no event is coming
events-none = لا توجد فعاليات مقررة في الوقت الحالي.

# Link to the calendar file of all events
events-calendar = الاشتراك في جميع الفعاليات (ملف تقويم)

# Label of an event's date and time
event-when = متى

# Label of an event's place
event-where = أين

# Label of an event's online address
event-online = عبر الإنترنت

# Link to an event's calendar file
event-add = أضِفها إلى تقويمك

# Title of the news and events feed link
feed-title = الأخبار والفعاليات

# Link from a translated page to its two-language print version
print-bilingual = نسخة ثنائية اللغة للطباعة (العربية والألمانية)

# Heading of the two-language print version
print-title = نسخة ثنائية اللغة

# Explanation on the two-language print version
print-hint = اطبع هذه الصفحة (Ctrl+P) وخذها معك إلى موعدك: لغتك في جهة والألمانية في الجهة الأخرى.
print-glossary = المصطلحات في هذه الصفحة

# Heading of the search page and header link to it
search-title = البحث

# Label of the search field
search-label = كلمة البحث

# Button of the search form
search-submit = ابحث

# Heading of the topic links shown without JavaScript
search-nojs-title = ابحث عن المعلومات حسب الموضوع

# Explanation shown when the search cannot run
search-nojs = يحتاج البحث إلى JavaScript. من دونه اختر موضوعًا:

# Number of search results, read out by screen readers
search-results = { $count ->
    [zero] لم يُعثر على أي صفحة.
    [one] عُثر على صفحة واحدة.
    [two] عُثر على صفحتين.
    [few] عُثر على { $count } صفحات.
    [many] عُثر على { $count } صفحة.
   *[other] عُثر على { $count } صفحة.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = ماذا تريد أن تفعل؟
# Home page: the latest news
news-title = الأخبار
news-all = جميع الأخبار
# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = جميع الشركاء في موضوع:
# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = هل يوجد في هذه الصفحة خطأ أو معلومة قديمة؟ اكتب إلينا.
# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = ملاحظة حول صفحة «{ $title }»
feedback-body =
    الصفحة: { $title }
    العنوان: { $url }
    اللغة: { $language }
    آخر مراجعة: { $date }
    
    ما الخطأ أو المعلومة القديمة؟
# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = احفظ هذا القسم للقراءة دون اتصال ({ $size })
offline-saving = جارٍ الحفظ …
offline-saved = تم الحفظ: يمكنك الآن قراءة هذه الصفحات دون إنترنت.
offline-failed = لم ينجح الحفظ. يُرجى المحاولة مرة أخرى.
offline-title = أنت غير متصل بالإنترنت
offline-text = هذه الصفحة غير محفوظة على جهازك. يمكنك قراءة الصفحات التي فتحتها أو حفظتها من قبل دون إنترنت.
# The glossary page: the A–Z index's name, and before the related entries
glossary-index = الحروف الأولى
glossary-related = انظر أيضًا:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = إجاباتك حتى الآن
path-back = العودة إلى السؤال السابق
path-start-over = البدء من جديد
path-list = اعثر على طريقك: بضعة أسئلة، وإجابة تناسب وضعك
status-paths = مسارات القرار
path-result = نتيجتك

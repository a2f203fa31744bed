# Skip link at the very top of every page
skip-to-content = Ana içeriğe geç

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Menü

nav-main = Ana menü

# Heading and label of the language switcher
nav-languages = Diller

# Accessible label of the breadcrumb trail
nav-breadcrumb = Buradasınız

# First breadcrumb item and link to the home page
home = Ana sayfa

# Heading of the language selection page
choose-language = Dilinizi seçin

# Notice on a page shown in another language because no translation exists
fallback-notice = Bu sayfa henüz Türkçe olarak mevcut değil. Orijinal metni okuyorsunuz: { $original }.

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = Bu çeviri henüz kontrol edilmedi ve hatalar içerebilir.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Orijinal metni okuyun: { $language }

# Date a news item was published
published = Yayın tarihi: { $date }

# Date line at the end of an article
last-reviewed = Son kontrol: { $date }

# Heading of the list of sources at the end of an article
sources = Kaynaklar

# Heading of the list of pages on a section page
section-contents = Bu bölümde

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] Bu bölümde bir sayfa var.
   *[other] Bu bölümde { $count } sayfa var.
}

# Heading of the topic list on the home page
topics = Konular

# Title of the 404 error page
not-found-title = Sayfa bulunamadı

# Explanation text on the 404 error page
not-found-text = Bu sayfayı bulamadık. Sayfa taşınmış veya silinmiş olabilir.

# Link back to the home page on the 404 error page
not-found-home = Ana sayfaya git

# Short description in the page footer
footer-text = Yurt dışından gelenler için bilgiler.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year }

# Name of the month January as used inside a date
month-1 = Ocak

# Name of the month February as used inside a date
month-2 = Şubat

# Name of the month March as used inside a date
month-3 = Mart

# Name of the month April as used inside a date
month-4 = Nisan

# Name of the month May as used inside a date
month-5 = Mayıs

# Name of the month June as used inside a date
month-6 = Haziran

# Name of the month July as used inside a date
month-7 = Temmuz

# Name of the month August as used inside a date
month-8 = Ağustos

# Name of the month September as used inside a date
month-9 = Eylül

# Name of the month October as used inside a date
month-10 = Ekim

# Name of the month November as used inside a date
month-11 = Kasım

# Name of the month December as used inside a date
month-12 = Aralık

# Heading above the partners that help with a page's topics
who-helps = Kim yardımcı olur?

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] Bir kuruluş
   *[other] { $count } kuruluş
}

# Heading of the partner finder form
finder-title = Size uygun kurumu bulun

# Label of the finder's topic filter
finder-topic = Konu

# Label of the finder's city filter
finder-city = Yer

# Label of the finder's filter by language of advice
finder-language = Danışmanlık dili

# Button of the finder form that applies the filters
finder-submit = Sonuçları göster

# First option of every finder filter: no restriction
finder-any = Tümü

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] Bir kuruluş bulundu.
   *[other] { $count } kuruluş bulundu.
}

# Heading of the links by topic and by city on the directory page
browse-title = Rehberde ara

# Subheading: links to the topic pages
browse-by-topic = Konuya göre

# Subheading: links to the city pages
browse-by-city = Yere göre

# Group heading in the directory: counselling services
partner-kind-counselling = Danışma merkezleri

# Group heading in the directory: public authorities
partner-kind-authority = Resmi daireler

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Meslek odaları

# Group heading in the directory: networks
partner-kind-network = Ağlar

# Group heading in the directory: universities and education
partner-kind-education = Yükseköğretim ve eğitim

# Group heading in the directory: employment services
partner-kind-employment-service = İş bulma hizmetleri

# Group heading in the directory: associations
partner-kind-association = Dernekler ve birlikler

# Heading of a partner's list of services
partner-services = Hizmetler

# Heading of a partner's contact details
partner-contact = İletişim

# Label of a partner's website
partner-website = İnternet sitesi

# Label of a partner's e-mail address
partner-email = E-posta

# Label of a partner's phone number
partner-phone = Telefon

# Label of the languages in which a partner gives advice
partner-languages = Danışmanlık dilleri

# Label of the cities where a partner has offices
partner-cities = Bulunduğu yerler

# Label of the area a partner serves
partner-regions = Sorumlu olduğu bölgeler

# Heading of a partner's address
partner-address = Adres

# Label of a partner's opening hours
partner-opening-hours = Açılış saatleri

# Label of notes on a partner office's physical accessibility
partner-accessibility = Erişilebilirlik

# Link to download a partner's contact card
partner-vcard = Kişiyi kaydet (vCard)

# Heading of the content pages on a topic page
topic-pages = Bu konu hakkında bilgiler

# Heading of the partners on a topic page
topic-partners = Bu kurumlar yardımcı olur

# Heading of a city page. $city = the city's name
city-partners = { $city } şehrindeki kuruluşlar

# Caption and accessible name of the map of partner cities
partners-map = Ortaklarımız nerede

# Heading of the editors' translation status page (/status/)
status-title = Çevirilerin durumu

# Introduction of the status page. $date = the build date
status-intro = Editörler için: her dilin ne kadar tam ve güncel olduğu. Durum: { $date }.

# Column heading: language
status-language = Dil

# Column heading: share of pages translated
status-translated = Çevrildi

# Heading and column: pages without a translation
status-missing = Eksik

# Heading and column: translations whose source changed
status-outdated = Güncel değil

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Kontrol edilmedi

# Heading and column: pages due for review
status-review-due = Kontrol zamanı geldi

# Column heading: section
status-section = Bölüm

# Heading of the table of contents of a long page
on-this-page = Bu sayfada

# Link to the previous page of the section. $title = its title
previous-page = Geri: { $title }

# Link to the next page of the section. $title = its title
next-page = İleri: { $title }

# Accessible label of the previous/next navigation
nav-pages = Bu bölümde daha fazlası

# Heading of the list of coming events
events-upcoming = Yaklaşan etkinlikler

# Heading of the list of past events
events-past = Geçmiş etkinlikler

# Shown when no event is coming
events-none = Şu anda planlanmış bir etkinlik yok.

# Link to the calendar file of all events
events-calendar = Tüm etkinliklere abone olun (takvim dosyası)

# Label of an event's date and time
event-when = Ne zaman

# Label of an event's place
event-where = Nerede

# Label of an event's online address
event-online = Çevrimiçi

# Link to an event's calendar file
event-add = Kendi takviminize ekleyin

# Title of the news and events feed link
feed-title = Haberler ve etkinlikler

# Link from a translated page to its two-language print version
print-bilingual = Yazdırmak için iki dilli sürüm

# Heading of the two-language print version
print-title = İki dilli sürüm

# Explanation on the two-language print version
print-hint = Bu sayfayı yazdırın (Ctrl+P) ve randevuya yanınızda götürün.

print-glossary = Bu sayfadaki terimler

# Heading of the search page and header link to it
search-title = Arama

# Label of the search field
search-label = Arama terimi

# Button of the search form
search-submit = Ara

# Heading of the topic links shown without JavaScript
search-nojs-title = Konuya göre bilgi bulun

# Explanation shown when the search cannot run
search-nojs = Arama için JavaScript gerekir. JavaScript olmadan bir konu seçin:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] Bir sayfa bulundu.
   *[other] { $count } sayfa bulundu.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = Ne yapmak istiyorsunuz?

# Home page: the latest news
news-title = Haberler

news-all = Tüm haberler

# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = Bu konudaki tüm ortaklar:

# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = Bu sayfada yanlış veya güncel olmayan bir bilgi mi var? Bize yazın.

# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = “{ $title }” sayfası hakkında bildirim

feedback-body =
    Sayfa: { $title }
    Adres: { $url }
    Dil: { $language }
    Son kontrol: { $date }
    
    Ne yanlış veya güncel değil?

# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Bu bölümü çevrimdışı kullanım için kaydet ({ $size })

offline-saving = Kaydediliyor …

offline-saved = Kaydedildi: Bu sayfaları artık internet olmadan da okuyabilirsiniz.

offline-failed = Kaydetme işlemi başarısız oldu. Lütfen tekrar deneyin.

offline-title = Çevrimdışısınız

offline-text = Bu sayfa cihazınızda kayıtlı değil. Daha önce açtığınız veya kaydettiğiniz sayfaları internet olmadan da okuyabilirsiniz.

# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Baş harfler

glossary-related = Ayrıca bakınız:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Şimdiye kadarki cevaplarınız
path-back = Önceki soruya dön
path-start-over = Baştan başla
path-list = Yolunuzu bulun: birkaç soru, durumunuza uygun bir cevap
status-paths = Karar yolları
path-result = Sonucunuz

# Skip link at the very top of every page
skip-to-content = Zum Hauptinhalt springen

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Menü
nav-main = Hauptnavigation

# Heading and label of the language switcher
nav-languages = Sprachen

# Accessible label of the breadcrumb trail
nav-breadcrumb = Sie sind hier

# First breadcrumb item and link to the home page
home = Startseite

# Heading of the language selection page
choose-language = Wählen Sie Ihre Sprache

# Notice on a page shown in another language because no translation exists
fallback-notice = Diese Seite gibt es noch nicht auf Deutsch. Sie lesen den Originaltext auf { $original }.

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = Diese Übersetzung ist noch nicht geprüft und kann Fehler enthalten.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Original auf { $language } lesen

# Date a news item was published
published = Veröffentlicht am { $date }

# Date line at the end of an article
last-reviewed = Zuletzt geprüft: { $date }

# Heading of the list of sources at the end of an article
sources = Quellen

# Heading of the list of pages on a section page
section-contents = In diesem Bereich

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] Dieser Bereich hat eine Seite.
   *[other] Dieser Bereich hat { $count } Seiten.
}

# Heading of the topic list on the home page
topics = Themen

# Title of the 404 error page
not-found-title = Seite nicht gefunden

# Explanation text on the 404 error page
not-found-text = Wir konnten diese Seite nicht finden. Vielleicht wurde sie verschoben oder gelöscht.

# Link back to the home page on the 404 error page
not-found-home = Zur Startseite

# Short description in the page footer
footer-text = Informationen für Menschen aus dem Ausland.

# Pattern for full dates in running text
date-format = { $day }. { $month } { $year }

# Name of the month January as used inside a date
month-1 = Januar

# Name of the month February as used inside a date
month-2 = Februar

# Name of the month March as used inside a date
month-3 = März

# Name of the month April as used inside a date
month-4 = April

# Name of the month May as used inside a date
month-5 = Mai

# Name of the month June as used inside a date
month-6 = Juni

# Name of the month July as used inside a date
month-7 = Juli

# Name of the month August as used inside a date
month-8 = August

# Name of the month September as used inside a date
month-9 = September

# Name of the month October as used inside a date
month-10 = Oktober

# Name of the month November as used inside a date
month-11 = November

# Name of the month December as used inside a date
month-12 = Dezember

# Heading above the partners that help with a page's topics
who-helps = Wer hilft weiter?

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] Eine Organisation
   *[other] { $count } Organisationen
}

# Heading of the partner finder form
finder-title = Die passende Stelle finden

# Label of the finder's topic filter
finder-topic = Thema

# Label of the finder's city filter
finder-city = Ort

# Label of the finder's filter by language of advice
finder-language = Sprache der Beratung

# Button of the finder form that applies the filters
finder-submit = Ergebnisse zeigen

# First option of every finder filter: no restriction
finder-any = Alle

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] Eine Organisation gefunden.
   *[other] { $count } Organisationen gefunden.
}

# Heading of the links by topic and by city on the directory page
browse-title = Im Verzeichnis suchen

# Subheading: links to the topic pages
browse-by-topic = Nach Thema

# Subheading: links to the city pages
browse-by-city = Nach Ort

# Group heading in the directory: counselling services
partner-kind-counselling = Beratungsstellen

# Group heading in the directory: public authorities
partner-kind-authority = Behörden

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Kammern

# Group heading in the directory: networks
partner-kind-network = Netzwerke

# Group heading in the directory: universities and education
partner-kind-education = Hochschulen und Bildung

# Group heading in the directory: employment services
partner-kind-employment-service = Arbeitsvermittlung

# Group heading in the directory: associations
partner-kind-association = Verbände

# Heading of a partner's list of services
partner-services = Angebote

# Heading of a partner's contact details
partner-contact = Kontakt

# Label of a partner's website
partner-website = Webseite

# Label of a partner's e-mail address
partner-email = E-Mail

# Label of a partner's phone number
partner-phone = Telefon

# Label of the languages in which a partner gives advice
partner-languages = Beratung auf

# Label of the cities where a partner has offices
partner-cities = Standorte

# Label of the area a partner serves
partner-regions = Zuständig für

# Heading of a partner's address
partner-address = Adresse

# Label of a partner's opening hours
partner-opening-hours = Öffnungszeiten

# Label of notes on a partner office's physical accessibility
partner-accessibility = Barrierefreiheit

# Link to download a partner's contact card
partner-vcard = Kontakt speichern (vCard)

# Heading of the content pages on a topic page
topic-pages = Informationen zu diesem Thema

# Heading of the partners on a topic page
topic-partners = Diese Stellen helfen

# Heading of a city page. $city = the city's name
city-partners = Organisationen in { $city }

# Caption and accessible name of the map of partner cities
partners-map = Wo unsere Partner sind

# Heading of the editors' translation status page (/status/)
status-title = Stand der Übersetzungen

# Introduction of the status page. $date = the build date
status-intro = Für die Redaktion: wie vollständig und aktuell jede Sprache ist. Stand: { $date }.

# Column heading: language
status-language = Sprache

# Column heading: share of pages translated
status-translated = Übersetzt

# Heading and column: pages without a translation
status-missing = Fehlt

# Heading and column: translations whose source changed
status-outdated = Veraltet

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Ungeprüft

# Heading and column: pages due for review
status-review-due = Prüfung fällig

# Column heading: section
status-section = Bereich

# Heading of the table of contents of a long page
on-this-page = Auf dieser Seite

# Link to the previous page of the section. $title = its title
previous-page = Zurück: { $title }

# Link to the next page of the section. $title = its title
next-page = Weiter: { $title }

# Accessible label of the previous/next navigation
nav-pages = Mehr in diesem Bereich

# Heading of the list of coming events
events-upcoming = Kommende Veranstaltungen

# Heading of the list of past events
events-past = Vergangene Veranstaltungen

# Shown when no event is coming
events-none = Zurzeit sind keine Veranstaltungen geplant.

# Link to the calendar file of all events
events-calendar = Alle Veranstaltungen abonnieren (Kalenderdatei)

# Label of an event's date and time
event-when = Wann

# Label of an event's place
event-where = Wo

# Label of an event's online address
event-online = Online

# Link to an event's calendar file
event-add = In den eigenen Kalender übernehmen

# Title of the news and events feed link
feed-title = Neuigkeiten und Veranstaltungen

# Link from a translated page to its two-language print version
print-bilingual = Zweisprachige Fassung zum Ausdrucken

# Heading of the two-language print version
print-title = Zweisprachige Fassung

# Explanation on the two-language print version
print-hint = Drucken Sie diese Seite aus (Strg+P) und nehmen Sie sie zum Termin mit.
print-glossary = Begriffe auf dieser Seite

# Heading of the search page and header link to it
search-title = Suche

# Label of the search field
search-label = Suchbegriff

# Button of the search form
search-submit = Suchen

# Heading of the topic links shown without JavaScript
search-nojs-title = Informationen nach Thema finden

# Explanation shown when the search cannot run
search-nojs = Die Suche braucht JavaScript. Ohne JavaScript wählen Sie ein Thema:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] Eine Seite gefunden.
   *[other] { $count } Seiten gefunden.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = Was möchten Sie tun?
# Home page: the latest news
news-title = Neuigkeiten
news-all = Alle Neuigkeiten
# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = Alle Partner zum Thema:
# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = Stimmt etwas auf dieser Seite nicht oder ist es veraltet? Schreiben Sie uns.
# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = Hinweis zur Seite „{ $title }“
feedback-body =
    Seite: { $title }
    Adresse: { $url }
    Sprache: { $language }
    Zuletzt geprüft: { $date }
    
    Was stimmt nicht oder ist veraltet?
# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Diesen Bereich für offline speichern ({ $size })
offline-saving = Wird gespeichert …
offline-saved = Gespeichert: Sie können diese Seiten jetzt auch ohne Internet lesen.
offline-failed = Das Speichern hat nicht geklappt. Bitte versuchen Sie es noch einmal.
offline-title = Sie sind offline
offline-text = Diese Seite ist nicht auf Ihrem Gerät gespeichert. Die Seiten, die Sie schon geöffnet oder gespeichert haben, können Sie auch ohne Internet lesen.
# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Anfangsbuchstaben
glossary-related = Siehe auch:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Ihre Antworten bis hier
path-back = Zurück zur vorigen Frage
path-start-over = Von vorn beginnen
path-list = Finden Sie Ihren Weg: ein paar Fragen, eine Antwort für Ihre Lage
status-paths = Entscheidungswege
path-result = Ihr Ergebnis

# Skip link at the very top of every page
skip-to-content = Skip to main content

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Menu
nav-main = Main navigation

# Heading and label of the language switcher
nav-languages = Languages

# Accessible label of the breadcrumb trail
nav-breadcrumb = You are here

# First breadcrumb item and link to the home page
home = Home

# Heading of the language selection page
choose-language = Choose your language

# Notice on a page shown in another language because no translation exists
fallback-notice = This page is not available in English yet. You are reading the original text in { $original }.

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = This translation has not been reviewed yet and may contain mistakes.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Read the original in { $language }

# Date a news item was published
published = Published on { $date }

# Date line at the end of an article
last-reviewed = Last reviewed: { $date }

# Heading of the list of sources at the end of an article
sources = Sources

# Heading of the list of pages on a section page
section-contents = In this section

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] This section has one page.
   *[other] This section has { $count } pages.
}

# Heading of the topic list on the home page
topics = Topics

# Title of the 404 error page
not-found-title = Page not found

# Explanation text on the 404 error page
not-found-text = We could not find this page. It may have moved or been removed.

# Link back to the home page on the 404 error page
not-found-home = Go to the home page

# Short description in the page footer
footer-text = Information for people from abroad.

# Pattern for full dates in running text
date-format = { $day } { $month } { $year }

# Name of the month January as used inside a date
month-1 = January

# Name of the month February as used inside a date
month-2 = February

# Name of the month March as used inside a date
month-3 = March

# Name of the month April as used inside a date
month-4 = April

# Name of the month May as used inside a date
month-5 = May

# Name of the month June as used inside a date
month-6 = June

# Name of the month July as used inside a date
month-7 = July

# Name of the month August as used inside a date
month-8 = August

# Name of the month September as used inside a date
month-9 = September

# Name of the month October as used inside a date
month-10 = October

# Name of the month November as used inside a date
month-11 = November

# Name of the month December as used inside a date
month-12 = December

# Heading above the partners that help with a page's topics
who-helps = Who can help

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}

# Heading of the partner finder form
finder-title = Find the right organisation

# Label of the finder's topic filter
finder-topic = Topic

# Label of the finder's city filter
finder-city = City

# Label of the finder's filter by language of advice
finder-language = Language of advice

# Button of the finder form that applies the filters
finder-submit = Show results

# First option of every finder filter: no restriction
finder-any = All

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] One organisation found.
   *[other] { $count } organisations found.
}

# Heading of the links by topic and by city on the directory page
browse-title = Browse the directory

# Subheading: links to the topic pages
browse-by-topic = By topic

# Subheading: links to the city pages
browse-by-city = By city

# Group heading in the directory: counselling services
partner-kind-counselling = Counselling services

# Group heading in the directory: public authorities
partner-kind-authority = Authorities

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Chambers

# Group heading in the directory: networks
partner-kind-network = Networks

# Group heading in the directory: universities and education
partner-kind-education = Universities and education

# Group heading in the directory: employment services
partner-kind-employment-service = Employment services

# Group heading in the directory: associations
partner-kind-association = Associations

# Heading of a partner's list of services
partner-services = Services

# Heading of a partner's contact details
partner-contact = Contact

# Label of a partner's website
partner-website = Website

# Label of a partner's e-mail address
partner-email = E-mail

# Label of a partner's phone number
partner-phone = Phone

# Label of the languages in which a partner gives advice
partner-languages = Advice in

# Label of the cities where a partner has offices
partner-cities = Offices in

# Label of the area a partner serves
partner-regions = Area served

# Heading of a partner's address
partner-address = Address

# Label of a partner's opening hours
partner-opening-hours = Opening hours

# Label of notes on a partner office's physical accessibility
partner-accessibility = Accessibility

# Link to download a partner's contact card
partner-vcard = Save contact (vCard)

# Heading of the content pages on a topic page
topic-pages = Information on this topic

# Heading of the partners on a topic page
topic-partners = Organisations that help

# Heading of a city page. $city = the city's name
city-partners = Organisations in { $city }

# Caption and accessible name of the map of partner cities
partners-map = Where our partners are

# Heading of the editors' translation status page (/status/)
status-title = Translation status

# Introduction of the status page. $date = the build date
status-intro = For editors: how complete and current each language is. Figures as of { $date }.

# Column heading: language
status-language = Language

# Column heading: share of pages translated
status-translated = Translated

# Heading and column: pages without a translation
status-missing = Missing

# Heading and column: translations whose source changed
status-outdated = Outdated

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Not reviewed

# Heading and column: pages due for review
status-review-due = Due for review

# Column heading: section
status-section = Section

# Heading of the table of contents of a long page
on-this-page = On this page

# Link to the previous page of the section. $title = its title
previous-page = Previous: { $title }

# Link to the next page of the section. $title = its title
next-page = Next: { $title }

# Accessible label of the previous/next navigation
nav-pages = More in this section

# Heading of the list of coming events
events-upcoming = Upcoming events

# Heading of the list of past events
events-past = Past events

# Shown when no event is coming
events-none = There are no upcoming events at the moment.

# Link to the calendar file of all events
events-calendar = Subscribe to all events (calendar file)

# Label of an event's date and time
event-when = When

# Label of an event's place
event-where = Where

# Label of an event's online address
event-online = Online

# Link to an event's calendar file
event-add = Add to your calendar

# Title of the news and events feed link
feed-title = News and events

# Link from a translated page to its two-language print version
print-bilingual = Two-language version for printing (English and German)

# Heading of the two-language print version
print-title = Two-language version

# Explanation on the two-language print version
print-hint = Print this page (Ctrl+P) and take it to your appointment: your language on one side, German on the other.
print-glossary = Terms on this page

# Heading of the search page and header link to it
search-title = Search

# Label of the search field
search-label = Search term

# Button of the search form
search-submit = Search

# Heading of the topic links shown without JavaScript
search-nojs-title = Find information by topic

# Explanation shown when the search cannot run
search-nojs = The search needs JavaScript. Without it, choose a topic:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] One page found.
   *[other] { $count } pages found.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = What would you like to do?
# Home page: the latest news
news-title = News
news-all = All news
# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = All partners on the topic:
# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = Is something wrong or out of date on this page? Write to us.
# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = Note on the page “{ $title }”
feedback-body =
    Page: { $title }
    Address: { $url }
    Language: { $language }
    Last reviewed: { $date }
    
    What is wrong or out of date?
# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Save this section for offline reading ({ $size })
offline-saving = Saving …
offline-saved = Saved: you can now read these pages without the internet.
offline-failed = Saving did not work. Please try again.
offline-title = You are offline
offline-text = This page is not saved on your device. You can read the pages you have already opened or saved without the internet.
# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Initial letters
glossary-related = See also:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Your answers so far
path-back = Back to the previous question
path-start-over = Start again
path-list = Find your way: a few questions, an answer for your situation
status-paths = Decision paths
path-result = Your result

# Skip link at the very top of every page
skip-to-content = Zum Hauptinhalt springen

# Accessible label of the main navigation menu
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

# Skip link at the very top of every page
skip-to-content = Skip to main content

# Accessible label of the main navigation menu
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

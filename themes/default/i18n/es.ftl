# Skip link at the very top of every page
skip-to-content = Saltar al contenido principal

# Accessible label of the main navigation menu
nav-main = Navegación principal

# Heading and label of the language switcher
nav-languages = Idiomas

# Accessible label of the breadcrumb trail
nav-breadcrumb = Usted está aquí

# First breadcrumb item and link to the home page
home = Inicio

# Heading of the language selection page
choose-language = Elija su idioma

# Notice on a page shown in another language because no translation exists
fallback-notice = Esta página aún no está disponible en español. Se muestra el texto original en { $original }.

# Date line at the end of an article
last-reviewed = Última revisión: { $date }

# Heading of the list of sources at the end of an article
sources = Fuentes

# Heading of the list of pages on a section page
section-contents = En esta sección

# Summary line on a section page with the number of pages
section-page-count = { $count ->
    [one] Esta sección tiene una página.
   *[other] Esta sección tiene { $count } páginas.
}

# Heading of the topic list on the home page
topics = Temas

# Title of the 404 error page
not-found-title = Página no encontrada

# Explanation text on the 404 error page
not-found-text = No pudimos encontrar esta página. Es posible que se haya movido o eliminado.

# Link back to the home page on the 404 error page
not-found-home = Ir a la página de inicio

# Short description in the page footer
footer-text = Información para personas del extranjero.

# Pattern for full dates in running text
date-format = { $day } de { $month } de { $year }

# Name of the month January as used inside a date
month-1 = enero

# Name of the month February as used inside a date
month-2 = febrero

# Name of the month March as used inside a date
month-3 = marzo

# Name of the month April as used inside a date
month-4 = abril

# Name of the month May as used inside a date
month-5 = mayo

# Name of the month June as used inside a date
month-6 = junio

# Name of the month July as used inside a date
month-7 = julio

# Name of the month August as used inside a date
month-8 = agosto

# Name of the month September as used inside a date
month-9 = septiembre

# Name of the month October as used inside a date
month-10 = octubre

# Name of the month November as used inside a date
month-11 = noviembre

# Name of the month December as used inside a date
month-12 = diciembre

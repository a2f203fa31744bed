# Skip link at the very top of every page
skip-to-content = Saltar al contenido principal

# Accessible label of the main navigation menu
# The button that opens the main navigation on narrow screens.
menu = Menú
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

# Notice on a translation nobody has reviewed yet (e.g. a machine translation)
unreviewed-notice = Esta traducción aún no ha sido revisada y puede contener errores.

# Link from that notice to the original; $language is the original's language name
unreviewed-original = Leer el original en { $language }

# Date a news item was published
published = Publicado el { $date }

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

# Heading above the partners that help with a page's topics
who-helps = ¿Quién le puede ayudar?

# Number of organisations in the directory or on a city page
partners-count = { $count ->
    [one] Una organización
   *[other] { $count } organizaciones
}

# Heading of the partner finder form
finder-title = Encuentre la organización adecuada

# Label of the finder's topic filter
finder-topic = Tema

# Label of the finder's city filter
finder-city = Ciudad

# Label of the finder's filter by language of advice
finder-language = Idioma de la asesoría

# Button of the finder form that applies the filters
finder-submit = Mostrar resultados

# First option of every finder filter: no restriction
finder-any = Todos

# Result line of the finder, read out by screen readers
finder-results = { $count ->
    [one] Se encontró una organización.
   *[other] Se encontraron { $count } organizaciones.
}

# Heading of the links by topic and by city on the directory page
browse-title = Explorar el directorio

# Subheading: links to the topic pages
browse-by-topic = Por tema

# Subheading: links to the city pages
browse-by-city = Por ciudad

# Group heading in the directory: counselling services
partner-kind-counselling = Servicios de asesoramiento

# Group heading in the directory: public authorities
partner-kind-authority = Organismos públicos

# Group heading in the directory: chambers of commerce and of crafts
partner-kind-chamber = Cámaras de comercio y de oficios

# Group heading in the directory: networks
partner-kind-network = Redes

# Group heading in the directory: universities and education
partner-kind-education = Universidades y educación

# Group heading in the directory: employment services
partner-kind-employment-service = Servicios de empleo

# Group heading in the directory: associations
partner-kind-association = Asociaciones

# Heading of a partner's list of services
partner-services = Servicios

# Heading of a partner's contact details
partner-contact = Contacto

# Label of a partner's website
partner-website = Sitio web

# Label of a partner's e-mail address
partner-email = Correo electrónico

# Label of a partner's phone number
partner-phone = Teléfono

# Label of the languages in which a partner gives advice
partner-languages = Asesoramiento en

# Label of the cities where a partner has offices
partner-cities = Oficinas en

# Label of the area a partner serves
partner-regions = Zona de atención

# Heading of a partner's address
partner-address = Dirección

# Label of a partner's opening hours
partner-opening-hours = Horario de atención

# Label of notes on a partner office's physical accessibility
partner-accessibility = Accesibilidad

# Link to download a partner's contact card
partner-vcard = Guardar contacto (vCard)

# Heading of the content pages on a topic page
topic-pages = Información sobre este tema

# Heading of the partners on a topic page
topic-partners = Organizaciones que ayudan

# Heading of a city page. $city = the city's name
city-partners = Organizaciones en { $city }

# Caption and accessible name of the map of partner cities
partners-map = Dónde están nuestros socios

# Heading of the editors' translation status page (/status/)
status-title = Estado de las traducciones

# Introduction of the status page. $date = the build date
status-intro = Para la redacción: cuán completo y actualizado está cada idioma. Datos a { $date }.

# Column heading: language
status-language = Idioma

# Column heading: share of pages translated
status-translated = Traducido

# Heading and column: pages without a translation
status-missing = Falta

# Heading and column: translations whose source changed
status-outdated = Desactualizado

# Status page: column and list of translations nobody has reviewed yet
status-unreviewed = Sin revisar

# Heading and column: pages due for review
status-review-due = Revisión pendiente

# Column heading: section
status-section = Sección

# Heading of the table of contents of a long page
on-this-page = En esta página

# Link to the previous page of the section. $title = its title
previous-page = Anterior: { $title }

# Link to the next page of the section. $title = its title
next-page = Siguiente: { $title }

# Accessible label of the previous/next navigation
nav-pages = Más en esta sección

# Heading of the list of coming events
events-upcoming = Próximos eventos

# Heading of the list of past events
events-past = Eventos pasados

# Shown when no event is coming
events-none = Por el momento no hay eventos previstos.

# Link to the calendar file of all events
events-calendar = Suscribirse a todos los eventos (archivo de calendario)

# Label of an event's date and time
event-when = Cuándo

# Label of an event's place
event-where = Dónde

# Label of an event's online address
event-online = En línea

# Link to an event's calendar file
event-add = Añadir a su calendario

# Title of the news and events feed link
feed-title = Noticias y eventos

# Link from a translated page to its two-language print version
print-bilingual = Versión bilingüe para imprimir (español y alemán)

# Heading of the two-language print version
print-title = Versión bilingüe

# Explanation on the two-language print version
print-hint = Imprima esta página (Ctrl+P) y llévela a su cita: su idioma en un lado y el alemán en el otro.
print-glossary = Términos de esta página

# Heading of the search page and header link to it
search-title = Buscar

# Label of the search field
search-label = Término de búsqueda

# Button of the search form
search-submit = Buscar

# Heading of the topic links shown without JavaScript
search-nojs-title = Buscar información por tema

# Explanation shown when the search cannot run
search-nojs = La búsqueda necesita JavaScript. Sin JavaScript, elija un tema:

# Number of search results, read out by screen readers
search-results = { $count ->
    [one] Se encontró una página.
   *[other] Se encontraron { $count } páginas.
}

# Home page: the heading (read by screen readers) of the list of the site's sections
tasks-title = ¿Qué quiere hacer?
# Home page: the latest news
news-title = Novedades
news-all = Todas las novedades
# Below "Who can help?" when more partners help than are shown: links to the topics' pages
helpers-all = Todos los socios sobre el tema:
# With `feedback_email` set: the last line of every content page, a mailto: link
feedback-link = ¿Hay algo incorrecto o desactualizado en esta página? Escríbanos.
# The e-mail's subject and body ($title, $url, $language, $date: the page's last review)
feedback-subject = Comentario sobre la página «{ $title }»
feedback-body =
    Página: { $title }
    Dirección: { $url }
    Idioma: { $language }
    Última revisión: { $date }
    
    ¿Qué es incorrecto o está desactualizado?
# With `offline = true`: the button on a section ($size: the section's size, e.g. 1.2 MB),
# what it says while and after saving, and the page shown offline where a page was not kept
offline-save = Guardar esta sección para leerla sin conexión ({ $size })
offline-saving = Guardando …
offline-saved = Guardado: ahora puede leer estas páginas sin internet.
offline-failed = No se pudo guardar. Inténtelo de nuevo.
offline-title = Está sin conexión
offline-text = Esta página no está guardada en su dispositivo. Puede leer sin internet las páginas que ya abrió o guardó.
# The glossary page: the A–Z index's name, and before the related entries
glossary-index = Letras iniciales
glossary-related = Véase también:
# Decision paths: the answers given so far, the link to the question before, the link to the
# first question, the box on a section page that lists its paths, the status page's heading
# for them, and the heading of a result's advice
path-so-far = Sus respuestas hasta ahora
path-back = Volver a la pregunta anterior
path-start-over = Empezar de nuevo
path-list = Encuentre su camino: unas pocas preguntas, una respuesta para su situación
status-paths = Rutas de decisión
path-result = Su resultado

# Easy German (Leichte Sprache): only the strings that differ from German; every other
# string is the German one.

fallback-notice = Diese Seite gibt es nicht in Leichter Sprache. Hier lesen Sie die Seite in Alltags-Sprache.
not-found-title = Diese Seite gibt es nicht
not-found-text = Wir finden diese Seite nicht. Vielleicht hat die Seite jetzt eine andere Adresse. Oder es gibt die Seite nicht mehr.
not-found-home = Zur Start-Seite
path-so-far = Das haben Sie bis jetzt geantwortet
path-back = Zurück zur Frage davor
path-start-over = Noch einmal von vorn
path-list = Finden Sie Ihren Weg. Beantworten Sie ein paar Fragen. Dann bekommen Sie eine Antwort für Ihre Lage.

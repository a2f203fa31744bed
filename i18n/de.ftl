# Footer line of every page
footer-text = Welcome Center Thüringen: Information, erste Beratung und Weitervermittlung für Fachkräfte aus dem Ausland und für Arbeitgeber in Thüringen.

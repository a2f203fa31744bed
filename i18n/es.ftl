# Footer line of every page
footer-text = Welcome Center Turingia: información, primer asesoramiento y derivación a organizaciones asociadas para profesionales del extranjero y para empleadores en Turingia.

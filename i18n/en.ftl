# Footer line of every page
footer-text = Welcome Center Thuringia: information, first advice and referrals for skilled workers from abroad and for employers in Thuringia.

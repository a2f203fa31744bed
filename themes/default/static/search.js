// The site search: loads the language's index (/<lang>/search-index.json) and finds pages
// whose title, description or text contain every word of the query. Without JavaScript the
// form stays hidden and the page offers the topic pages instead.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.elements.q;
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var counts = document.querySelectorAll("#search-counts li");
  var limit = counts.length - 1;

  // Lower case, without accents and Arabic vowel signs, so "anerkennung" finds "Anerkennung".
  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]/g, "");
  }

  fetch(form.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (pages) {
      pages.forEach(function (page) {
        page.head = normalise(page.title);
        page.body = normalise(page.description + " " + page.text);
      });
      function run() {
        var words = normalise(input.value).split(/\s+/).filter(Boolean);
        list.textContent = "";
        if (!words.length) {
          status.textContent = "";
          return;
        }
        var hits = [];
        pages.forEach(function (page) {
          var score = 0;
          for (var i = 0; i < words.length; i++) {
            if (page.head.indexOf(words[i]) !== -1) {
              score += 10;
            } else if (page.body.indexOf(words[i]) !== -1) {
              score += 1;
            } else {
              return;
            }
          }
          hits.push({ page: page, score: score });
        });
        hits.sort(function (a, b) { return b.score - a.score; });
        hits.slice(0, limit).forEach(function (hit) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = hit.page.url;
          link.textContent = hit.page.title;
          item.appendChild(link);
          if (hit.page.description) {
            var summary = document.createElement("p");
            summary.textContent = hit.page.description;
            item.appendChild(summary);
          }
          list.appendChild(item);
        });
        var shown = Math.min(hits.length, limit);
        status.textContent = counts[shown] ? counts[shown].textContent : String(shown);
      }
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        run();
      });
      form.hidden = false;
      document.getElementById("search-nojs").hidden = true;
      var query = new URLSearchParams(location.search).get("q");
      if (query) {
        input.value = query;
        run();
      }
    });
})();

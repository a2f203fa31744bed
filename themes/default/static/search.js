// The site search: pagefind's search library (built with the site, under /pagefind/) looks
// the query up in the index of the page's language; the results are listed here with their
// excerpt, and their number is announced. Without JavaScript (or WebAssembly) the form stays
// hidden and the page offers the topic pages instead.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch || !window.WebAssembly) {
    return;
  }
  var input = form.elements.q;
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var counts = document.querySelectorAll("#search-counts li");
  var limit = counts.length - 1;
  var library = null;
  var latest = 0;

  function pagefind() {
    if (!library) {
      library = import(form.getAttribute("data-pagefind")).then(function (pf) {
        return pf.init().then(function () { return pf; });
      });
    }
    return library;
  }

  // Pagefind marks the query's words in an excerpt with <mark>; keep only text and marks.
  function excerpt(html) {
    var paragraph = document.createElement("p");
    var parsed = new DOMParser().parseFromString(html, "text/html").body.childNodes;
    Array.prototype.forEach.call(parsed, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  // The pages that contain every word; when there are none, the pages that contain some of
  // them: those with more of the words first, then those with the rarer words (a question
  // typed as a sentence still finds its page).
  function lookup(pf, query) {
    return pf.search(query).then(function (search) {
      var words = query.split(/\s+/).filter(Boolean);
      if (search.results.length || words.length < 2) {
        return search.results;
      }
      return Promise.all(words.map(function (word) { return pf.search(word); })).then(function (searches) {
        var hits = {};
        searches.forEach(function (each) {
          var weight = 1 / Math.max(each.results.length, 1);
          each.results.forEach(function (result) {
            var hit = hits[result.id] || (hits[result.id] = { result: result, words: 0, weight: 0 });
            hit.words += 1;
            hit.weight += weight * (1 + result.score / 1000);
          });
        });
        return Object.keys(hits)
          .map(function (id) { return hits[id]; })
          .sort(function (a, b) { return b.words - a.words || b.weight - a.weight; })
          .map(function (hit) { return hit.result; });
      });
    });
  }

  function show(pages, total) {
    list.textContent = "";
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.url;
      link.textContent = page.meta.title || page.url;
      item.appendChild(link);
      item.appendChild(excerpt(page.excerpt));
      list.appendChild(item);
    });
    var shown = Math.min(total, limit);
    status.textContent = counts[shown] ? counts[shown].textContent : String(shown);
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    pagefind()
      .then(function (pf) { return lookup(pf, query); })
      .then(function (results) {
        var shown = results.slice(0, limit);
        return Promise.all(shown.map(function (r) { return r.data(); })).then(function (pages) {
          if (ticket === latest) {
            show(pages, results.length);
          }
        });
      });
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
})();

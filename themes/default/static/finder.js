// The partner finder: filters the directory's list by topic, city and language of advice over
// the per-language partners.json. Without JavaScript the form stays hidden and the topic and
// city pages linked below it do the same job.
(function () {
  "use strict";
  var form = document.getElementById("finder");
  if (!form || !window.fetch) {
    return;
  }
  var status = document.getElementById("finder-status");
  var messages = document.querySelectorAll("#finder-messages li");
  var cards = document.querySelectorAll("[data-partner]");
  var groups = document.querySelectorAll("[data-group]");
  var results = document.getElementById("finder-results");

  function matches(partner, field, wanted) {
    return !wanted || partner[field].indexOf(wanted) !== -1;
  }

  fetch(form.getAttribute("data-source"))
    .then(function (response) { return response.json(); })
    .then(function (partners) {
      var byId = {};
      partners.forEach(function (p) { byId[p.id] = p; });
      function update() {
        var topic = form.elements.topic.value;
        var city = form.elements.city.value;
        var language = form.elements.language ? form.elements.language.value : "";
        var shown = {};
        Object.keys(byId).forEach(function (id) {
          var p = byId[id];
          if (matches(p, "topics", topic) && matches(p, "cities", city) && matches(p, "languages", language)) {
            shown[id] = true;
          }
        });
        cards.forEach(function (card) {
          card.hidden = !shown[card.getAttribute("data-partner")];
        });
        groups.forEach(function (group) {
          group.hidden = !group.querySelector("[data-partner]:not([hidden])");
        });
        var count = Object.keys(shown).length;
        status.textContent = messages[count] ? messages[count].textContent : String(count);
      }
      form.addEventListener("change", update);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        update();
        // The results lie right below the form: take keyboard and screen-reader users there.
        if (results) {
          results.focus();
        }
      });
      form.hidden = false;
      update();
    })
    .catch(function () {
      form.hidden = true;
    });
})();

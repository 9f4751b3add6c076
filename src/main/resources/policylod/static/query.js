// The query editor at /query (templates/site/query.peb): results as a table on the page, fetched from the
// read-only endpoint /sparql, and example queries loaded in place. Without this script the form still works: it
// posts to /sparql and the browser shows the results in the chosen format. Every text is set as text, never HTML.
(function () {
  'use strict';
  var form = document.getElementById('query-form');
  if (!form || !window.fetch) {
    return;
  }
  var words = form.dataset;
  var editor = document.getElementById('query-text');
  var output = document.getElementById('output');
  var results = document.getElementById('results');
  var status = document.getElementById('results-status');
  var body = document.getElementById('results-body');
  var MAX_ROWS = 2000;

  var table = document.createElement('option');
  table.value = 'html';
  table.textContent = words.table;
  output.insertBefore(table, output.firstChild);
  output.value = 'html';

  var picker = document.getElementById('example');
  var load = document.getElementById('load-example');
  if (picker && load) {
    load.hidden = true;
    picker.addEventListener('change', function () {
      fetch('/queries/' + encodeURIComponent(picker.value) + '.rq').then(function (r) {
        return r.ok ? r.text() : Promise.reject(new Error(r.status + ' ' + r.statusText));
      }).then(function (text) {
        editor.value = text;
        var description = document.getElementById('example-description');
        if (description) {
          description.hidden = true;
        }
        history.replaceState(null, '', '/query?example=' + encodeURIComponent(picker.value));
      }).catch(function (e) {
        show(words.error + ' ' + e.message);
      });
    });
  }

  form.addEventListener('submit', function (event) {
    if (output.value !== 'html') {
      return;
    }
    event.preventDefault();
    show(words.running);
    body.replaceChildren();
    fetch('/sparql', {
      method: 'POST',
      headers: {
        'Accept': 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1',
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'
      },
      body: new URLSearchParams({query: editor.value})
    }).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      return r.text().then(function (text) {
        if (!r.ok) {
          throw new Error(r.status + ' ' + text);
        }
        if (type.indexOf('json') >= 0) {
          render(JSON.parse(text));
        } else {
          show('');
          var pre = document.createElement('pre');
          pre.textContent = text;
          body.appendChild(pre);
        }
      });
    }).catch(function (e) {
      show(words.error + ' ' + e.message);
    });
  });

  function show(text) {
    results.hidden = false;
    status.textContent = text;
  }

  function render(json) {
    if (typeof json.boolean === 'boolean') {
      show(json.boolean ? words.yes : words.no);
      return;
    }
    var vars = json.head.vars;
    var rows = json.results.bindings;
    var count = (rows.length === 1 ? words.rowsOne : words.rowsOther).replace('{0}', rows.length.toLocaleString(document.documentElement.lang));
    show(rows.length > MAX_ROWS ? count + ' ' + words.truncated.replace('{0}', MAX_ROWS.toLocaleString(document.documentElement.lang)) : count);
    var t = document.createElement('table');
    t.className = 'query-results';
    var head = t.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = v;
      head.appendChild(th);
    });
    var tbody = t.createTBody();
    rows.slice(0, MAX_ROWS).forEach(function (row) {
      var tr = tbody.insertRow();
      vars.forEach(function (v) {
        cell(tr.insertCell(), row[v]);
      });
    });
    body.appendChild(t);
  }

  function cell(td, term) {
    if (!term) {
      return;
    }
    if (term.type === 'uri') {
      var href = local(term.value);
      if (href) {
        var a = document.createElement('a');
        a.href = href;
        a.textContent = term.value;
        td.appendChild(a);
      } else {
        td.textContent = term.value;
      }
      return;
    }
    var span = document.createElement('span');
    span.textContent = term.value;
    if (term['xml:lang']) {
      span.lang = term['xml:lang'];
      var tag = document.createElement('small');
      tag.textContent = ' @' + term['xml:lang'];
      td.append(span, tag);
    } else {
      td.appendChild(span);
    }
    if (term.datatype && /(integer|decimal|double|float)$/.test(term.datatype)) {
      td.className = 'num';
    }
  }

  // Resource IRIs of this dataset open their page here; other http(s) IRIs are linked as they are.
  function local(iri) {
    var base = words.base;
    if (base && iri.indexOf(base + '/id/') === 0) {
      return '/doc/' + iri.substring(base.length + 4);
    }
    if (base && iri.indexOf(base + '/graph/') === 0) {
      return '/graph/' + iri.substring(base.length + 7);
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }
}());

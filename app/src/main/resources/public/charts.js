/*
 * Charts on the board dashboard. The server draws each chart as SVG (org.wellbeing.chart) with a title, a
 * description and its figures in words; this script puts them on the page, with a table of the figures under each.
 *
 *   GET /api/boards/{id}/charts?period=P          the board's trend charts (bundled data)
 *   POST /api/evaluations (text/csv)              a Fingertips download rated and stored
 *   GET /api/evaluations/{id}/charts?area=CODE    an area's spine chart and trend charts in that evaluation
 *   GET /api/boards/{id}/paper?period=P&format=F  the board paper (xlsx or pdf), linked from the buttons
 */
(function () {
  'use strict';

  var upload = { evaluationId: null };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function number(v) {
    if (v === null || v === undefined) return '–';
    return (Math.round(v * 100) / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  }

  function failure(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      var detail = body && body.details && body.details.length ? ': ' + body.details[0].message : '';
      throw new Error((body && body.error ? body.error : 'HTTP ' + response.status) + detail);
    });
  }

  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : failure(r); });
  }

  /** The server's SVG text as a node of this page (parsed as XML: no script runs). */
  function svgNode(text) {
    var parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    return document.importNode(parsed, true);
  }

  function status(text, isError) {
    var s = $('fingertips-status');
    s.textContent = text || '';
    s.className = 'status' + (isError ? ' error' : '');
  }

  // ---------------------------------------------------------------- trend charts

  function trendFigure(t) {
    var title = t.name + (t.breakdown ? ' (' + t.breakdown + ')' : '');
    var figure = el('figure', { class: 'chart', 'data-indicator': t.indicatorId });
    figure.appendChild(el('figcaption', null, title));
    figure.appendChild(svgNode(t.svg));
    var details = el('details', { class: 'chart-figures' });
    details.appendChild(el('summary', null, 'Figures in words and as a table'));
    details.appendChild(el('p', null, t.summary));
    var table = el('table', { class: 'figures' });
    var head = el('tr');
    ['Period', 'Value', '95% limits', 'England', 'Region', 'vs England'].forEach(function (h) {
      head.appendChild(el('th', { scope: 'col' }, h));
    });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    t.points.forEach(function (p) {
      var tr = el('tr');
      [p.timePeriod, number(p.value), p.lower95 === null ? '–' : number(p.lower95) + ' to ' + number(p.upper95),
        number(p.england), number(p.region), p.englandOutcome || '–'].forEach(function (v, i) {
        tr.appendChild(el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : null, v));
      });
      body.appendChild(tr);
    });
    details.appendChild(table);
    figure.appendChild(details);
    return figure;
  }

  function renderTrends(container, trends, empty) {
    clear(container);
    if (!trends.length) { container.appendChild(el('p', { class: 'empty' }, empty)); return; }
    trends.forEach(function (t) { container.appendChild(trendFigure(t)); });
  }

  function loadBoard(boardId, period) {
    var board = encodeURIComponent(boardId);
    var query = '?period=' + encodeURIComponent(period);
    $('paper-xlsx-link').href = '/api/boards/' + board + '/paper' + query + '&format=xlsx';
    $('paper-pdf-link').href = '/api/boards/' + board + '/paper' + query + '&format=pdf';
    var container = $('trend-charts');
    container.setAttribute('aria-busy', 'true');
    getJson('/api/boards/' + board + '/charts' + query).then(function (c) {
      renderTrends(container, c.trends, 'No indicator of this board has a value to chart.');
      container.setAttribute('data-loaded', c.boardId + ' ' + c.period);
    }).catch(function (e) {
      clear(container).appendChild(el('p', { class: 'status error' }, 'Could not load the charts: ' + e.message));
    }).then(function () { container.removeAttribute('aria-busy'); });
  }

  // ---------------------------------------------------------------- a Fingertips download

  function rateUpload(e) {
    e.preventDefault();
    var file = $('fingertips-file').files[0];
    if (!file) { status('Choose a Fingertips CSV file first.', true); return; }
    status('Rating ' + file.name + '…');
    file.text().then(function (text) {
      return fetch('/api/evaluations', {
        method: 'POST', headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }, body: text
      });
    }).then(function (r) { return r.ok ? r.json() : failure(r); }).then(function (evaluation) {
      upload.evaluationId = evaluation.id;
      return loadArea(null);
    }).catch(function (err) { status('Could not rate the file: ' + err.message, true); });
  }

  function loadArea(areaCode) {
    var query = areaCode ? '?area=' + encodeURIComponent(areaCode) : '';
    status('Drawing the charts…');
    return getJson('/api/evaluations/' + encodeURIComponent(upload.evaluationId) + '/charts' + query).then(function (c) {
      var select = clear($('area-select'));
      c.areas.forEach(function (a) { select.appendChild(el('option', { value: a.code }, a.name + ' (' + a.code + ')')); });
      select.value = c.area.code;
      select.disabled = false;
      $('spine-heading').textContent = 'Spine chart: ' + c.area.name;
      var spine = clear($('spine-chart'));
      spine.appendChild(svgNode(c.spine.svg));
      var details = el('details', { class: 'chart-figures' });
      details.appendChild(el('summary', null, 'The spine chart in words'));
      var list = el('ul');
      c.spine.rows.forEach(function (r) {
        list.appendChild(el('li', null, rowWords(r)));
      });
      details.appendChild(list);
      spine.appendChild(details);
      renderTrends($('area-trend-charts'), c.trends, 'No indicator of this area has a value to chart.');
      $('fingertips-result').hidden = false;
      $('fingertips-result').setAttribute('data-loaded', c.evaluationId + ' ' + c.area.code);
      status('Evaluation ' + c.evaluationId + ': ' + c.area.name + ', ' + c.spine.rows.length + ' indicators on the spine.');
    }).catch(function (err) { status('Could not draw the charts: ' + err.message, true); });
  }

  function rowWords(r) {
    return r.name + (r.breakdown ? ' (' + r.breakdown + ')' : '') + ', ' + r.timePeriod + ': ' + number(r.value)
      + (r.england === null ? '' : ', England ' + number(r.england)) + ', ' + (r.outcome || 'not rated')
      + ' against England; ' + r.areas + ' areas from ' + number(r.min) + ' to ' + number(r.max)
      + ', middle half ' + number(r.q25) + ' to ' + number(r.q75) + '.';
  }

  function start() {
    document.addEventListener('dashboard:rendered', function (e) { loadBoard(e.detail.boardId, e.detail.period); });
    $('fingertips-form').addEventListener('submit', rateUpload);
    $('area-select').addEventListener('change', function (e) { loadArea(e.target.value); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());

// The CSRF token of a multipart form travels in the form's action (?_csrf=…). When the answer to such a form is a
// page (a refused upload, a form shown again with its errors), the token would stay in the address bar, be
// bookmarked or shared: take it out of the address, leaving the page as it is.
(function () {
  var url = new URL(window.location.href);
  if (!url.searchParams.has('_csrf')) {
    return;
  }
  url.searchParams.delete('_csrf');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
})();

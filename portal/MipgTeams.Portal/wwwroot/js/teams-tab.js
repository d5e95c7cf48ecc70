// The Teams tab's sign-in (/indicadores/teams). Inside Teams, Microsoft's sign-in page cannot be shown in the tab's
// frame: the button opens Teams' authentication window instead, and the tab loads the indicators once it reports
// success. Outside Teams the library never initializes and the button stays an ordinary sign-in link.
(function () {
  'use strict';
  var link = document.getElementById('ingresar-teams');
  var status = document.getElementById('estado-ingreso');
  if (!link || !status || !window.microsoftTeams) {
    return;
  }
  var teams = window.microsoftTeams;
  teams.app.initialize().then(function () {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      status.textContent = 'Se abrió una ventana para ingresar con su cuenta institucional.';
      teams.authentication.authenticate({ url: new URL(link.dataset.teamsHref, window.location.origin).href, width: 600, height: 640 })
        .then(function () {
          window.location.assign('/indicadores');
        })
        .catch(function (reason) {
          status.textContent = reason && reason.message === 'CancelledByUser'
            ? 'La ventana de ingreso se cerró antes de terminar. Pulse «Ingresar» para intentarlo de nuevo.'
            : 'No fue posible ingresar desde Teams. Pulse «Ingresar» para intentarlo de nuevo, o abra los indicadores en el navegador.';
        });
    });
  }).catch(function () {
    // Not inside Teams: the link signs in in this window.
  });
})();

// The end of the sign-in window opened by the Teams tab (/indicadores/teams/listo): tell Teams the sign-in succeeded,
// which closes this window and lets the tab load the indicators. In an ordinary browser nothing happens: the page links
// to the indicators.
(function () {
  'use strict';
  if (!window.microsoftTeams) {
    return;
  }
  var teams = window.microsoftTeams;
  teams.app.initialize().then(function () {
    teams.authentication.notifySuccess();
  }).catch(function () {
    // Not opened by Teams.
  });
})();

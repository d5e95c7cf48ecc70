using 'main.bicep'

// Secrets come from the environment of whoever deploys (docs/deployment.md, step 2), never from this file.
param environmentName = 'prod'
param botAppId = readEnvironmentVariable('MIPG_BOT_APP_ID')
param botAppPassword = readEnvironmentVariable('MIPG_BOT_APP_PASSWORD')
param postgresAdminPassword = readEnvironmentVariable('MIPG_POSTGRES_PASSWORD')
param reportSigningKey = readEnvironmentVariable('MIPG_REPORT_SIGNING_KEY')
param sharePointSite = 'cartagena.sharepoint.com:/sites/calidad'
// The same site's Graph id (GET /sites/cartagena.sharepoint.com:/sites/calidad?$select=id) turns the write-back on.
param sharePointSiteId = ''
param syncWorkerImage = readEnvironmentVariable('MIPG_SYNC_WORKER_IMAGE', '')
param appServiceSku = 'P1v3'
param botInstances = 2
param postgresSku = {
  name: 'Standard_D2ds_v5'
  tier: 'GeneralPurpose'
}
param botSku = 'S1'
// The app's catalog id once the package is uploaded (docs/deployment.md, step 6); empty until then: no proactive install.
param teamsCatalogAppId = readEnvironmentVariable('MIPG_TEAMS_CATALOG_APP_ID', '')
param teamsServiceUrl = 'https://smba.trafficmanager.net/amer/'
param portalSignInClientId = readEnvironmentVariable('MIPG_PORTAL_SIGNIN_CLIENT_ID', '')
param portalSignInClientSecret = readEnvironmentVariable('MIPG_PORTAL_SIGNIN_CLIENT_SECRET', '')
// The portal's address as its registration's App ID URI, for Power BI's organizational account (docs/indicators.md).
param portalAppIdUri = readEnvironmentVariable('MIPG_PORTAL_APP_ID_URI', '')

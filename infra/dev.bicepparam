using 'main.bicep'

// Secrets come from the environment of whoever deploys (docs/deployment.md, step 2), never from this file.
param environmentName = 'dev'
param botAppId = readEnvironmentVariable('MIPG_BOT_APP_ID')
param botAppPassword = readEnvironmentVariable('MIPG_BOT_APP_PASSWORD')
param postgresAdminPassword = readEnvironmentVariable('MIPG_POSTGRES_PASSWORD')
param reportSigningKey = readEnvironmentVariable('MIPG_REPORT_SIGNING_KEY')
param sharePointSite = 'contoso.sharepoint.com:/sites/calidad'
param sharePointSiteId = ''
param syncWorkerImage = readEnvironmentVariable('MIPG_SYNC_WORKER_IMAGE', '')
param appServiceSku = 'B1'
param botInstances = 1
param portalSignInClientId = readEnvironmentVariable('MIPG_PORTAL_SIGNIN_CLIENT_ID', '')
param portalSignInClientSecret = readEnvironmentVariable('MIPG_PORTAL_SIGNIN_CLIENT_SECRET', '')
// The portal's address as its registration's App ID URI, for Power BI's organizational account (docs/indicators.md).
param portalAppIdUri = readEnvironmentVariable('MIPG_PORTAL_APP_ID_URI', '')

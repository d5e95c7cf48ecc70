using 'main.bicep'

param environmentName = 'dev'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('MIPG_BOT_APP_PASSWORD', '')
param postgresAdminPassword = readEnvironmentVariable('MIPG_POSTGRES_PASSWORD', '')
param sharePointSite = 'contoso.sharepoint.com:/sites/calidad'
param appServiceSku = 'B1'
param botInstances = 1

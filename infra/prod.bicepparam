using 'main.bicep'

param environmentName = 'prod'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('MIPG_BOT_APP_PASSWORD', '')
param postgresAdminPassword = readEnvironmentVariable('MIPG_POSTGRES_PASSWORD', '')
param sharePointSite = 'cartagena.sharepoint.com:/sites/calidad'
param appServiceSku = 'P1v3'
param botInstances = 2
param postgresSku = {
  name: 'Standard_D2ds_v5'
  tier: 'GeneralPurpose'
}
param botSku = 'S1'

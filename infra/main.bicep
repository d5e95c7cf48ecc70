// MipgTeams on Azure: the bot (App Service, Linux), the sync worker (a second app on the same plan), PostgreSQL flexible
// server, Key Vault (secrets read by the apps through their managed identities), Application Insights on Log Analytics,
// and the Azure Bot resource with its Microsoft Teams channel.
targetScope = 'resourceGroup'

@description('Short environment name: dev, test or prod. Part of every resource name.')
@allowed(['dev', 'test', 'prod'])
param environmentName string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'mipgteams'

@description('The Entra app (client) id of the bot registration (single tenant).')
param botAppId string

@description('The Entra tenant of the bot registration and of the users it serves.')
param tenantId string = subscription().tenantId

@description('The bot registration\'s client secret; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'mipgadmin'

@description('Administrator password of the PostgreSQL server; stored in Key Vault for the apps\' connection string.')
@secure()
param postgresAdminPassword string

@description('App Service plan SKU: B1 for dev, P1v3 for production (several bot instances).')
param appServiceSku string = 'B1'

@description('How many bot instances run; each keeps its own search index, rebuilt from the shared store.')
@minValue(1)
@maxValue(10)
param botInstances int = 1

@description('PostgreSQL compute SKU and tier.')
param postgresSku object = {
  name: 'Standard_B1ms'
  tier: 'Burstable'
}

@description('SharePoint site the sync worker reads, as hostname:/server-relative-path.')
param sharePointSite string

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = '${namePrefix}-${environmentName}'
var unique = uniqueString(resourceGroup().id, suffix)
var keyVaultName = take('kv-${namePrefix}-${unique}', 24)
var postgresDatabase = 'mipg'
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: { value: botAppPassword }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${suffix}-${unique}'
  location: location
  sku: postgresSku
  properties: {
    version: '15'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabase
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Lets the App Service apps reach the server (Azure-internal addresses only).
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource storeConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'store-connection-string'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${postgresDatabase};Username=${postgresAdminLogin};Password=${postgresAdminPassword};Ssl Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: botInstances
  }
  properties: { reserved: true }
}

var commonSettings = [
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'Store__Provider', value: 'PostgreSql' }
  { name: 'Store__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storeConnectionSecret.properties.secretUri})' }
]

resource botApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${suffix}-bot-${unique}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appCommandLine: 'dotnet MipgTeams.Bot.dll'
      appSettings: concat(commonSettings, [
        { name: 'Bot__MicrosoftAppId', value: botAppId }
        { name: 'Bot__MicrosoftAppTenantId', value: tenantId }
        { name: 'Bot__AppType', value: 'SingleTenant' }
        { name: 'Bot__AllowedTenants__0', value: tenantId }
        { name: 'Bot__MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})' }
        { name: 'Search__IndexPath', value: '/tmp/mipg-index' }
        { name: 'Sync__Source', value: 'Graph' }
      ])
    }
  }
}

// The sync worker is a long-running loop (BackgroundService), not a request handler: it runs as a second app on the same
// plan with Always On, deployed like the bot (zip deploy, no container registry), and reads SharePoint with its own
// managed identity, which is granted Sites.Selected on the one site (see docs/deployment.md).
resource syncApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${suffix}-sync-${unique}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appCommandLine: 'dotnet MipgTeams.SyncWorker.dll'
      appSettings: concat(commonSettings, [
        { name: 'Sync__Source', value: 'Graph' }
        { name: 'Sync__Interval', value: '00:05:00' }
        { name: 'Graph__Site', value: sharePointSite }
        { name: 'Graph__Credential__Kind', value: 'ManagedIdentity' }
      ])
    }
  }
}

resource botSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botApp.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: botApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource syncSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, syncApp.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: syncApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${suffix}-${unique}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'MipgTeams'
    description: 'Asistente del proceso de Calidad y el MIPG de la Alcaldía de Cartagena'
    endpoint: 'https://${botApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
    developerAppInsightKey: insights.properties.InstrumentationKey
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

@description('The messaging endpoint the Azure Bot posts activities to.')
output botEndpoint string = bot.properties.endpoint

@description('The bot app\'s host name: BOT_DOMAIN for the Teams app package.')
output botDomain string = botApp.properties.defaultHostName

@description('The Key Vault holding the secrets.')
output keyVaultName string = vault.name

@description('The sync worker\'s managed identity: grant it Sites.Selected on the SharePoint site.')
output syncPrincipalId string = syncApp.identity.principalId

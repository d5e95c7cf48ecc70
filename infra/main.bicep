// MipgTeams on Azure: the bot and the public portal (App Service, Linux, one plan), the sync worker (Azure Container Apps, one replica, no ingress),
// PostgreSQL flexible server, Key Vault (secrets read through managed identities), Application Insights on Log
// Analytics, and the Azure Bot resource with its Microsoft Teams channel. docs/deployment.md walks through it.
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

@description('The portal\'s own app registration (client id) for the indicators\' sign-in with Microsoft Entra ID (docs/indicators.md); empty: the indicators stay closed (the public pages do not need it). Redirect URI: https://<portal>/signin-oidc.')
param portalSignInClientId string = ''

@description('That registration\'s client secret; stored in Key Vault, never in app settings.')
@secure()
param portalSignInClientSecret string = ''

@description('The App ID URI exposed on that registration for Power BI\'s organizational account (docs/indicators.md): the portal\'s address, e.g. https://indicadores.cartagena.gov.co, accepted as a token audience besides the client id and api://<client id>; empty: only those two.')
param portalAppIdUri string = ''

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'mipgadmin'

@description('Administrator password of the PostgreSQL server; stored in Key Vault inside the apps\' connection string.')
@secure()
@minLength(8)
param postgresAdminPassword string

@description('Key that signs the committee report download links (32 characters or more), so a link made by one bot instance works on all.')
@secure()
@minLength(32)
param reportSigningKey string

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

@description('Document libraries of the site the sync worker reads, by the name admins see.')
param documentLibraries array = ['Documentos']

@description('Graph id of the same site ("host,siteGuid,webGuid") for the change-request write-back; empty turns the write-back off.')
param sharePointSiteId string = ''

@description('The list that mirrors the change requests (write-back), by its name or id.')
param changeRequestList string = 'Solicitudes de cambio'

@description('The sync worker image in this deployment\'s registry (e.g. crmipgteamsprod….azurecr.io/mipgteams-sync:1.0.0); empty runs a placeholder until the first image is pushed.')
param syncWorkerImage string = ''

@description('The Teams app\'s id in the tenant\'s app catalog (Teams admin center → Manage apps → the app → App ID; not the manifest id). Set, the bot installs the app for people it must reach and has never talked to (docs/deployment.md, step 6); empty, it cannot reach them until they open the bot.')
param teamsCatalogAppId string = ''

@description('The Bot Connector URL of the tenant\'s region, used to open a chat with someone the bot has never talked to.')
param teamsServiceUrl string = 'https://smba.trafficmanager.net/amer/'

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = '${namePrefix}-${environmentName}'
var unique = uniqueString(resourceGroup().id, suffix)
var keyVaultName = take('kv-${namePrefix}-${unique}', 24)
var registryName = take('cr${replace(namePrefix, '-', '')}${environmentName}${unique}', 50)
var botAppName = 'app-${suffix}-bot-${unique}'
var botHostName = '${botAppName}.azurewebsites.net'
var portalAppName = 'app-${suffix}-portal-${unique}'
var portalHostName = '${portalAppName}.azurewebsites.net'
var postgresDatabase = 'mipg'
var placeholderImage = 'mcr.microsoft.com/k8se/quickstart:latest'
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var acrPullRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')

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

resource reportSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'report-signing-key'
  properties: { value: reportSigningKey }
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

// Lets the bot (App Service) and the worker (Container Apps) reach the server: Azure-internal addresses only.
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
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${database.name};Username=${postgresAdminLogin};Password=${postgresAdminPassword};Ssl Mode=Require'
  }
}

resource portalSignInSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(portalSignInClientId)) {
  parent: vault
  name: 'portal-signin-client-secret'
  properties: {
    value: portalSignInClientSecret
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

// The bot's settings, by the hosts' configuration keys (Section__Key). Secrets are Key Vault references resolved with
// the app's managed identity. URLS overrides the appsettings.json "Urls" (localhost:3978, for local runs) so the app
// listens where App Service forwards requests.
resource botApp 'Microsoft.Web/sites@2024-04-01' = {
  name: botAppName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appCommandLine: 'dotnet MipgTeams.Bot.dll'
      appSettings: concat([
        { name: 'URLS', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        // The bot exports its own OpenTelemetry (requests, connector calls, activities, outbox depth, logs) with this;
        // the App Service agent stays off so nothing is collected twice.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'Store__Provider', value: 'PostgreSql' }
        { name: 'Store__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storeConnectionSecret.properties.secretUri})' }
        { name: 'Bot__MicrosoftAppId', value: botAppId }
        { name: 'Bot__MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})' }
        { name: 'Bot__MicrosoftAppTenantId', value: tenantId }
        { name: 'Bot__AppType', value: 'SingleTenant' }
        { name: 'Bot__AllowedTenants__0', value: tenantId }
        { name: 'Search__IndexPath', value: '/tmp/mipg-index' }
        { name: 'Sync__Source', value: 'Graph' }
        // Validated changes are published into this site's library (with the identity below, Publication:Credential's default).
        { name: 'Graph__Site', value: sharePointSite }
        { name: 'ChangeRequests__PublicBaseUrl', value: 'https://${botHostName}/' }
        // The committee report card's «Ver indicadores» opens the portal's /indicadores (docs/indicators.md).
        { name: 'ChangeRequests__IndicatorsBaseUrl', value: 'https://${portalHostName}/' }
        { name: 'ChangeRequests__ReportSigningKey', value: '@Microsoft.KeyVault(SecretUri=${reportSigningKeySecret.properties.secretUri})' }
        { name: 'WriteBack__Enabled', value: string(!empty(sharePointSiteId)) }
        { name: 'WriteBack__SiteId', value: sharePointSiteId }
        { name: 'WriteBack__ListId', value: changeRequestList }
        // The bot's own system-assigned identity writes the list and publishes validated changes into the library
        // (Sites.Selected write on the one site): no secret.
        { name: 'WriteBack__Credential__Kind', value: 'ManagedIdentity' }
        // Proactive install: the same identity calls Graph with TeamsAppInstallation.ReadWriteSelfForUser.All
        // (application), an app role an administrator assigns to it once (docs/deployment.md, step 6: that is the consent).
        { name: 'TeamsApp__CatalogAppId', value: teamsCatalogAppId }
        { name: 'TeamsApp__ServiceUrl', value: teamsServiceUrl }
        { name: 'TeamsApp__TenantId', value: tenantId }
        { name: 'TeamsApp__Credential__Kind', value: 'ManagedIdentity' }
      ], librarySettings)
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

// The bot's console output and HTTP log go to the same workspace as Application Insights.
resource botDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: botApp
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

// The sync worker is a console host (a BackgroundService loop) that serves no HTTP. App Service recycles an app that
// does not answer its start-up HTTP probe, so the worker runs in Azure Container Apps instead: no ingress, exactly one
// replica (one sync at a time, never scaled to zero), its own user-assigned identity (Sites.Selected read on the one
// site, Key Vault, image pull), logs in the same workspace. The image is built by `dotnet publish -t:PublishContainer`.
resource syncIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${suffix}-sync'
  location: location
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: location
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
}

resource syncImagePull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, syncIdentity.id, acrPullRole)
  scope: registry
  properties: {
    roleDefinitionId: acrPullRole
    principalId: syncIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource syncSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, syncIdentity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: syncIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource containerEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var librarySettings = [for (library, i) in documentLibraries: { name: 'Graph__Libraries__${i}', value: library }]

// The indicators' sign-in (Portal:Auth:Mode=EntraId, section AzureAd), only when the portal has its registration.
var portalSignInSettings = concat(empty(portalSignInClientId) ? [] : [
  { name: 'Portal__Auth__Mode', value: 'EntraId' }
  { name: 'AzureAd__Instance', value: environment().authentication.loginEndpoint }
  { name: 'AzureAd__TenantId', value: tenantId }
  { name: 'AzureAd__ClientId', value: portalSignInClientId }
  { name: 'AzureAd__ClientSecret', value: '@Microsoft.KeyVault(SecretUri=${portalSignInSecret!.properties.secretUri})' }
], empty(portalSignInClientId) || empty(portalAppIdUri) ? [] : [
  { name: 'Portal__Auth__AppIdUri', value: portalAppIdUri }
])

resource syncApp 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-${suffix}-sync'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${syncIdentity.id}': {} }
  }
  dependsOn: [syncImagePull, syncSecretsAccess]
  properties: {
    environmentId: containerEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      registries: [{ server: registry.properties.loginServer, identity: syncIdentity.id }]
      secrets: [
        { name: 'store-connection-string', keyVaultUrl: storeConnectionSecret.properties.secretUri, identity: syncIdentity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'sync-worker'
          image: empty(syncWorkerImage) ? placeholderImage : syncWorkerImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat([
            { name: 'Store__Provider', value: 'PostgreSql' }
            { name: 'Store__ConnectionString', secretRef: 'store-connection-string' }
            { name: 'Sync__Source', value: 'Graph' }
            { name: 'Sync__Interval', value: '00:05:00' }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
            { name: 'Graph__Site', value: sharePointSite }
            { name: 'Graph__Credential__Kind', value: 'ManagedIdentity' }
            { name: 'Graph__Credential__ClientId', value: syncIdentity.properties.clientId }
          ], librarySettings)
        }
      ]
      scale: { minReplicas: 1, maxReplicas: 1 }
    }
  }
}

// The public portal (docs/deployment.md, "The public portal"): read-only, on the bot's plan, its own index on local
// disk. It streams files from SharePoint with its own user-assigned identity (Sites.Selected read on the one site,
// granted like the worker's), which also resolves its Key Vault reference: no secret in its settings.
resource portalIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${suffix}-portal'
  location: location
}

resource portalSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, portalIdentity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: portalIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource portalApp 'Microsoft.Web/sites@2024-04-01' = {
  name: portalAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${portalIdentity.id}': {} }
  }
  dependsOn: [portalSecretsAccess]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: portalIdentity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appCommandLine: 'dotnet MipgTeams.Portal.dll'
      appSettings: concat([
        { name: 'URLS', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'Store__Provider', value: 'PostgreSql' }
        { name: 'Store__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storeConnectionSecret.properties.secretUri})' }
        { name: 'Search__IndexPath', value: '/tmp/mipg-portal-index' }
        { name: 'Sync__Source', value: 'Graph' }
        { name: 'Graph__Site', value: sharePointSite }
        { name: 'Graph__Credential__Kind', value: 'ManagedIdentity' }
        { name: 'Graph__Credential__ClientId', value: portalIdentity.properties.clientId }
      ], librarySettings, portalSignInSettings)
    }
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

@description('The bot\'s App Service app, for the zip deployment.')
output botAppName string = botApp.name

@description('The public portal\'s address (put a custom domain in front of it: docs/deployment.md).')
output portalUrl string = 'https://${portalApp.properties.defaultHostName}/'

@description('The portal\'s App Service app, for the zip deployment.')
output portalAppName string = portalApp.name

@description('The portal identity\'s client (app) id: the site grants Sites.Selected read to it, as to the worker\'s.')
output portalIdentityClientId string = portalIdentity.properties.clientId

@description('The portal identity\'s service principal: assign it the Graph app role Sites.Selected.')
output portalPrincipalId string = portalIdentity.properties.principalId

@description('The Key Vault holding the secrets.')
output keyVaultName string = vault.name

@description('The registry the sync worker image is pushed to.')
output registryLoginServer string = registry.properties.loginServer

@description('The sync worker\'s container app.')
output syncAppName string = syncApp.name

@description('The sync worker identity\'s client (app) id: the application the site grants Sites.Selected read to.')
output syncIdentityClientId string = syncIdentity.properties.clientId

@description('The sync worker identity\'s service principal: assign it the Graph app role Sites.Selected.')
output syncPrincipalId string = syncIdentity.properties.principalId

@description('The bot app\'s system-assigned identity (service principal object id): it writes the change-request list and publishes validated changes into the library (assign it Sites.Selected and grant it write on the site) and installs the Teams app for people (assign it TeamsAppInstallation.ReadWriteSelfForUser.All).')
output botPrincipalId string = botApp.identity.principalId

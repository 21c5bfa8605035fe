# ZohoOdbc build script for Windows, same verbs as build.sh:
#   build | test | publish | install | demo | clean
# publish produces artifacts\driver\zohoodbc.dll (NativeAOT, win-x64); install registers it in the
# registry (HKLM, needs an elevated shell) as the "ZohoOdbc" driver.
param(
  [Parameter(Position = 0)][ValidateSet('build', 'test', 'publish', 'install', 'demo', 'clean')][string]$Verb = 'build',
  [string]$Configuration = 'Release',
  [string]$Runtime = 'win-x64'
)
$ErrorActionPreference = 'Stop'
$Root = $PSScriptRoot
$Artifacts = Join-Path $Root 'artifacts'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'

function Invoke-Checked([string]$File, [string[]]$Arguments) {
  & $File @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

function Build { Invoke-Checked dotnet @('build', "$Root\ZohoOdbc.sln", '-c', $Configuration, '-nologo', '-v', 'quiet') }

function Publish {
  Invoke-Checked dotnet @('publish', "$Root\src\ZohoOdbc.Driver\ZohoOdbc.Driver.csproj", '-c', $Configuration, '-r', $Runtime,
    '-o', "$Artifacts\driver", '-p:AssemblyName=zohoodbc', '-nologo', '-v', 'quiet')
  Invoke-Checked dotnet @('publish', "$Root\tests\ZohoOdbc.Emulator\ZohoOdbc.Emulator.csproj", '-c', $Configuration,
    '-o', "$Artifacts\emulator", '-nologo', '-v', 'quiet')
}

function Install {
  if (-not (Test-Path "$Artifacts\driver\zohoodbc.dll")) { Publish }
  & "$Root\installer\windows\install.ps1" -From "$Artifacts\driver"
}

function Test {
  Build
  Invoke-Checked dotnet @('test', "$Root\tests\ZohoOdbc.Tests\ZohoOdbc.Tests.csproj", '-c', $Configuration, '--no-build')
  # The end-to-end suite drives unixODBC's isql and libodbc.so.2; on Windows it runs under WSL (./build.sh test).
  Write-Host 'End-to-end tests run through unixODBC: use ./build.sh test on Linux or WSL.'
}

function Demo {
  Publish
  Install
  $emulator = Start-Process dotnet -ArgumentList "$Artifacts\emulator\ZohoOdbc.Emulator.dll --port 0" -PassThru -NoNewWindow `
    -RedirectStandardOutput "$Artifacts\emulator.out"
  try {
    $url = $null
    for ($i = 0; $i -lt 300 -and -not $url; $i++) {
      Start-Sleep -Milliseconds 100
      $line = Get-Content "$Artifacts\emulator.out" -TotalCount 1 -ErrorAction SilentlyContinue
      if ($line -match '^Emulator listening on (http://127\.0\.0\.1:\d+)') { $url = $Matches[1] }
    }
    if (-not $url) { throw 'The emulator did not start.' }
    $conn = "Driver={ZohoOdbc};AccountsUrl=$url;ClientId=1000.EMULATORCLIENT;ClientSecret=emulator-secret;RefreshToken=1000.emulator.refresh"
    $cn = New-Object System.Data.Odbc.OdbcConnection $conn
    $cn.Open()
    $cmd = $cn.CreateCommand()
    $cmd.CommandText = 'SELECT TOP 5 invoice_number, customer_name, total FROM invoices ORDER BY total DESC'
    $table = New-Object System.Data.DataTable
    $table.Load($cmd.ExecuteReader())
    $table | Format-Table -AutoSize
    $cn.Close()
  } finally { Stop-Process -Id $emulator.Id -ErrorAction SilentlyContinue }
}

function Clean {
  Remove-Item -Recurse -Force $Artifacts -ErrorAction SilentlyContinue
  Get-ChildItem $Root\src, $Root\tests -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
}

switch ($Verb) {
  'build' { Build } 'test' { Test } 'publish' { Publish } 'install' { Install } 'demo' { Demo } 'clean' { Clean }
}

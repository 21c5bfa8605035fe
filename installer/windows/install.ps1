# Registers the ZohoOdbc driver with the Windows ODBC driver manager (run elevated).
#   install.ps1 -From <folder with zohoodbc.dll and zoho-odbc.exe> [-Name ZohoOdbc] [-InstallDir <dir>] [-Uninstall]
# Writes HKLM\SOFTWARE\ODBC\ODBCINST.INI\<Name> (Driver, and Setup: the same DLL exports ConfigDSN/ConfigDSNW, which
# the ODBC Data Source Administrator calls to open the zoho-odbc setup page) and the entry in "ODBC Drivers".
# Running it again replaces the registration. 64-bit hive only: the driver is built for win-x64.
param(
  [string]$From,
  [string]$Name = 'ZohoOdbc',
  [string]$InstallDir = "$env:ProgramFiles\ZohoOdbc",
  [switch]$Uninstall
)
$ErrorActionPreference = 'Stop'
$inst = 'HKLM:\SOFTWARE\ODBC\ODBCINST.INI'

if ($Uninstall) {
  Remove-Item -Path "$inst\$Name" -Recurse -ErrorAction SilentlyContinue
  Remove-ItemProperty -Path "$inst\ODBC Drivers" -Name $Name -ErrorAction SilentlyContinue
  Remove-Item -Recurse -Force $InstallDir -ErrorAction SilentlyContinue
  Write-Host "Removed ODBC driver $Name (data sources that name it stay; remove them in the ODBC Data Source Administrator)"
  return
}

if (-not $From -or -not (Test-Path (Join-Path $From 'zohoodbc.dll'))) {
  throw "-From must name a folder holding zohoodbc.dll (build.ps1 publish makes artifacts\driver)"
}
New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
Copy-Item -Force "$From\*.dll" $InstallDir
# zoho-odbc.exe must sit beside the DLL: ConfigDSN looks for it there.
if (Test-Path "$From\zoho-odbc.exe") { Copy-Item -Force "$From\zoho-odbc.exe" $InstallDir }
$dll = Join-Path $InstallDir 'zohoodbc.dll'

New-Item -Force -Path "$inst\$Name" | Out-Null
Set-ItemProperty -Path "$inst\$Name" -Name Driver -Value $dll
Set-ItemProperty -Path "$inst\$Name" -Name Setup -Value $dll
Set-ItemProperty -Path "$inst\$Name" -Name APILevel -Value '1'
Set-ItemProperty -Path "$inst\$Name" -Name ConnectFunctions -Value 'YYN'
Set-ItemProperty -Path "$inst\$Name" -Name DriverODBCVer -Value '03.80'
Set-ItemProperty -Path "$inst\$Name" -Name FileUsage -Value '0'
Set-ItemProperty -Path "$inst\$Name" -Name SQLLevel -Value '1'
Set-ItemProperty -Path "$inst\$Name" -Name UsageCount -Value 1 -Type DWord
New-Item -Force -Path "$inst\ODBC Drivers" | Out-Null
Set-ItemProperty -Path "$inst\ODBC Drivers" -Name $Name -Value 'Installed'
Write-Host "Registered ODBC driver $Name -> $dll"
Write-Host "Add a data source: ODBC Data Sources (64-bit) > Add > $Name opens the setup page, or run: `"$InstallDir\zoho-odbc.exe`" setup --driver $Name"

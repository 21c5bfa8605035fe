# Registers the ZohoOdbc driver with the Windows ODBC driver manager (run elevated).
#   install.ps1 -From <folder with zohoodbc.dll> [-Name ZohoOdbc] [-Uninstall]
# Writes HKLM\SOFTWARE\ODBC\ODBCINST.INI\<Name> (Driver; Setup arrives with the ConfigDSN entry point)
# and the entry in "ODBC Drivers". 64-bit hive only: the driver is built for win-x64.
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
  Write-Host "Removed ODBC driver $Name"
  return
}

New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
Copy-Item -Force "$From\*.dll" $InstallDir
$dll = Join-Path $InstallDir 'zohoodbc.dll'

New-Item -Force -Path "$inst\$Name" | Out-Null
Set-ItemProperty -Path "$inst\$Name" -Name Driver -Value $dll
Set-ItemProperty -Path "$inst\$Name" -Name APILevel -Value '1'
Set-ItemProperty -Path "$inst\$Name" -Name ConnectFunctions -Value 'YYN'
Set-ItemProperty -Path "$inst\$Name" -Name DriverODBCVer -Value '03.80'
Set-ItemProperty -Path "$inst\$Name" -Name FileUsage -Value '0'
Set-ItemProperty -Path "$inst\$Name" -Name SQLLevel -Value '1'
Set-ItemProperty -Path "$inst\$Name" -Name UsageCount -Value 1 -Type DWord
New-Item -Force -Path "$inst\ODBC Drivers" | Out-Null
Set-ItemProperty -Path "$inst\ODBC Drivers" -Name $Name -Value 'Installed'
Write-Host "Registered ODBC driver $Name -> $dll"

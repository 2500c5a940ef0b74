@echo off
rem INSTAL.bat: memasang rkt_xl di PC ini dari folder wheels (tanpa internet, tanpa hak administrator).
rem Menjalankannya lagi memperbarui rkt_xl di tempat yang sama.
rem Langkah yang sama untuk dikerjakan dengan tangan: PANDUAN_PASANG_WINDOWS.pdf, bagian "Cara manual".
setlocal EnableExtensions
rem pushd (not cd): also works when the folder is on a network share (\\server\...)
pushd "%~dp0"
set "VENV=%LOCALAPPDATA%\rkt_xl\venv"
set "PY="
echo rkt_xl: pemasangan di PC ini
echo.
if not exist "wheels\" goto :belum_diekstrak

rem == Langkah 1: cari Python 3.11 sampai 3.14 lewat peluncur py
rem    (64-bit saja: wheels berisi paket win_amd64; calcsize('P') - 8 = 0 pada Python 64-bit)
for %%V in (3.14 3.13 3.12 3.11) do (
  if not defined PY py -%%V -c "import struct, sys; sys.exit(struct.calcsize('P') - 8)" >nul 2>nul && set "PY=py -%%V"
)
if not defined PY goto :tanpa_python
echo [1/5] Python ditemukan: %PY%

rem == Langkah 2: buat lingkungan Python khusus rkt_xl di %LOCALAPPDATA%\rkt_xl\venv (dilewati bila sudah ada dan sehat)
"%VENV%\Scripts\python.exe" -c "import sys" >nul 2>nul
if errorlevel 1 %PY% -m venv --clear "%VENV%"
if errorlevel 1 goto :gagal
echo [2/5] Lingkungan Python: %VENV%

rem == Langkah 3: perbarui pip dari folder wheels
"%VENV%\Scripts\python.exe" -m pip install --no-index --find-links wheels --upgrade pip
if errorlevel 1 goto :gagal
echo [3/5] pip diperbarui

rem == Langkah 4: pasang atau perbarui rkt_xl dengan dukungan Excel dari folder wheels
"%VENV%\Scripts\python.exe" -m pip install --no-index --find-links wheels --upgrade "rkt-xl[excel]"
if errorlevel 1 goto :gagal
echo [4/5] rkt_xl terpasang

rem == Langkah 5: siapkan folder kerja Documents\RKT (buku kerja bertombol, templat, contoh)
"%VENV%\Scripts\rkt.exe" pasang
if errorlevel 1 goto :gagal
echo [5/5] Selesai.
echo.
pause
exit /b 0

:belum_diekstrak
echo Folder "wheels" tidak ada di sebelah INSTAL.bat.
echo Zip belum diekstrak: tutup jendela ini, klik kanan berkas zip, pilih "Extract All..." (Ekstrak Semua),
echo lalu klik dua kali INSTAL.bat di folder hasil ekstrak.
echo.
pause
exit /b 1

:tanpa_python
echo Python 3.11 sampai 3.14 (64-bit) belum terpasang di PC ini (peluncur "py" tidak menemukannya).
echo 1. Buka https://www.python.org/downloads/windows/ dan unduh "Windows installer (64-bit)" Python 3.13 atau 3.14.
echo 2. Jalankan. Centang "Add python.exe to PATH"; bila tidak punya hak administrator, hilangkan centang
echo    "Use admin privileges when installing py.exe". Klik "Install Now".
echo 3. Setelah selesai, klik dua kali INSTAL.bat ini lagi.
echo.
pause
exit /b 2

:gagal
echo.
echo Pemasangan berhenti pada langkah di atas; pesan pip/Python di atas menyebut sebabnya.
echo Tidak ada yang rusak: perbaiki sebabnya lalu klik dua kali INSTAL.bat lagi.
echo Bila tetap gagal, kirim tangkapan layar jendela ini ke pengelola rkt_xl.
echo.
pause
exit /b 3

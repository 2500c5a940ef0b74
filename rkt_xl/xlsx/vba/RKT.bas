Attribute VB_Name = "RKT"
' rkt_xl: tombol di buku kerja RKT. Setiap tombol menjalankan satu fungsi Python
' lewat xlwings (RunPython). Jangan menaruh logika di sini: semua aturan ada di Python.
Option Explicit

Sub Validasi()
    RunPython "import rkt_xl.excel as x; x.validasi()"
End Sub

Sub Konsolidasi()
    RunPython "import rkt_xl.excel as x; x.konsolidasi()"
End Sub

Sub Kirim()
    RunPython "import rkt_xl.excel as x; x.kirim()"
End Sub

Sub BuatLKjIP()
    RunPython "import rkt_xl.excel as x; x.buat_lkjip()"
End Sub

Sub BuatPK()
    RunPython "import rkt_xl.excel as x; x.buat_pk()"
End Sub

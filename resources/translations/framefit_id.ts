<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>the output %1 already exists</source>
        <translation>keluaran %1 sudah ada</translation>
    </message>
    <message>
        <source>the output %1 is a folder</source>
        <translation>keluaran %1 adalah sebuah folder</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>tidak dapat menulis di %1: %2</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>not enough memory to draw the frame</source>
        <translation>memori tidak cukup untuk menggambar bingkai</translation>
    </message>
    <message>
        <source>the output %1 already exists</source>
        <translation>keluaran %1 sudah ada</translation>
    </message>
</context>
<context>
    <name>CropBounds</name>
    <message>
        <source>crop needs four fractions L,T,R,B (for example 0.1,0,0.9,1)</source>
        <translation>pangkasan memerlukan empat pecahan L,T,R,B (misalnya 0.1,0,0.9,1)</translation>
    </message>
    <message>
        <source>crop value &quot;%1&quot; is not a number</source>
        <translation>nilai pangkasan &quot;%1&quot; bukan angka</translation>
    </message>
    <message>
        <source>crop needs 0 &lt;= L &lt; R &lt;= 1 and 0 &lt;= T &lt; B &lt;= 1, got %1</source>
        <translation>pangkasan memerlukan 0 &lt;= L &lt; R &lt;= 1 dan 0 &lt;= T &lt; B &lt;= 1, tetapi yang diberikan %1</translation>
    </message>
</context>
<context>
    <name>ImageEncoder</name>
    <message>
        <source>there is no picture to write</source>
        <translation>tidak ada gambar untuk ditulis</translation>
    </message>
    <message>
        <source>JPEG encoding failed</source>
        <translation>pengodean JPEG gagal</translation>
    </message>
    <message>
        <source>PNG encoding failed: %1</source>
        <translation>pengodean PNG gagal: %1</translation>
    </message>
    <message>
        <source>WebP encoding failed</source>
        <translation>pengodean WebP gagal</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>is too large to be a picture FrameFit accepts (%L1 MB, the limit is %L2 MB)</source>
        <translation>terlalu besar untuk gambar yang diterima FrameFit (%L1 MB, batasnya %L2 MB)</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>tidak dapat dibaca sepenuhnya: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>not a picture: its content is not JPEG, PNG, WebP or another image format FrameFit reads</source>
        <translation>bukan gambar: isinya bukan JPEG, PNG, WebP, atau format gambar lain yang dapat dibaca FrameFit</translation>
    </message>
    <message>
        <source>truncated: the file ends before the image data starts</source>
        <translation>terpotong: berkas berakhir sebelum data gambar dimulai</translation>
    </message>
    <message>
        <source>truncated or damaged: the file ends before the image data starts</source>
        <translation>terpotong atau rusak: berkas berakhir sebelum data gambar dimulai</translation>
    </message>
    <message>
        <source>a damaged JPEG: %1</source>
        <translation>JPEG yang rusak: %1</translation>
    </message>
    <message>
        <source>a damaged WebP: its header cannot be read</source>
        <translation>WebP yang rusak: header-nya tidak dapat dibaca</translation>
    </message>
    <message>
        <source>a damaged %1 file: %2</source>
        <translation>berkas %1 yang rusak: %2</translation>
    </message>
    <message>
        <source>claims to be %1x%2 pixels (%L3 megapixels), more than any photo: refused as a likely decompression bomb</source>
        <translation>mengaku berukuran %1x%2 piksel (%L3 megapiksel), lebih besar dari foto mana pun: ditolak karena kemungkinan besar bom dekompresi</translation>
    </message>
    <message>
        <source>has no pixels (%1x%2)</source>
        <translation>tidak memiliki piksel (%1x%2)</translation>
    </message>
    <message>
        <source>is %1x%2 pixels (%L3 megapixels): decoding it would take more memory than the %L4-megapixel limit allows (a decompression bomb?)</source>
        <translation>berukuran %1x%2 piksel (%L3 megapiksel): mendekodenya memerlukan memori lebih besar daripada yang diizinkan batas %L4 megapiksel (bom dekompresi?)</translation>
    </message>
    <message>
        <source>not enough memory to decode %1x%2 pixels</source>
        <translation>memori tidak cukup untuk mendekode %1x%2 piksel</translation>
    </message>
    <message>
        <source>truncated: the file ends before the image data is complete</source>
        <translation>terpotong: berkas berakhir sebelum data gambar lengkap</translation>
    </message>
    <message>
        <source>a damaged animated WebP: its first frame cannot be decoded</source>
        <translation>WebP animasi yang rusak: bingkai pertamanya tidak dapat didekode</translation>
    </message>
    <message>
        <source>a damaged WebP: its image data cannot be decoded</source>
        <translation>WebP yang rusak: data gambarnya tidak dapat didekode</translation>
    </message>
</context>
<context>
    <name>InputCollector</name>
    <message>
        <source>no such file or folder</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>the folder holds no pictures</source>
        <translation>folder tidak berisi gambar</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1, needs JPEG, PNG or WebP</source>
        <translation>%1, harus JPEG, PNG, atau WebP</translation>
    </message>
    <message>
        <source>%1, needs %2</source>
        <translation>%1, harus %2</translation>
    </message>
    <message>
        <source>has an EXIF rotation (orientation %1), so readers disagree on its size</source>
        <translation>memiliki rotasi EXIF (orientasi %1), sehingga program pembaca tidak sepakat tentang ukurannya</translation>
    </message>
</context>
<context>
    <name>framefit-cli</name>
    <message>
        <source>Tell whether pictures are ready to send as a Sora reference image: exactly the video size, and JPEG, PNG or WebP by content.</source>
        <translation>Periksa apakah gambar siap dikirim sebagai gambar referensi Sora: ukurannya persis ukuran video, dan isinya JPEG, PNG, atau WebP.</translation>
    </message>
    <message>
        <source>Video size: %1 (default 1280x720).</source>
        <translation>Ukuran video: %1 (bawaan 1280x720).</translation>
    </message>
    <message>
        <source>One JSON object per file on stdout.</source>
        <translation>Satu objek JSON per berkas di stdout.</translation>
    </message>
    <message>
        <source>Pictures to check.</source>
        <translation>Gambar yang akan diperiksa.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>tidak ada berkas yang diberikan</translation>
    </message>
    <message>
        <source>%1: ready (%2 %3)</source>
        <translation>%1: siap (%2 %3)</translation>
    </message>
    <message>
        <source>%1: not ready: %2</source>
        <translation>%1: belum siap: %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>cover (fill, centre-crop), pad (fit on bars) or stretch (distorts). Default cover.</source>
        <translation>cover (isi penuh, pangkas di tengah), pad (muat utuh dengan bilah pengisi) atau stretch (diregangkan, bentuk berubah). Bawaan cover.</translation>
    </message>
    <message>
        <source>Crop bounds as fractions of the upright source, 0 &lt;= L &lt; R &lt;= 1, 0 &lt;= T &lt; B &lt;= 1 (default 0,0,1,1).</source>
        <translation>Batas pangkasan sebagai pecahan dari gambar sumber yang sudah tegak, 0 &lt;= L &lt; R &lt;= 1, 0 &lt;= T &lt; B &lt;= 1 (bawaan 0,0,1,1).</translation>
    </message>
    <message>
        <source>Colour of pad bars and of flattened transparency (default #000000).</source>
        <translation>Warna bilah pengisi dan latar bagian transparan (bawaan #000000).</translation>
    </message>
    <message>
        <source>jpeg, png or webp (default jpeg).</source>
        <translation>jpeg, png, atau webp (bawaan jpeg).</translation>
    </message>
    <message>
        <source>1..100, for jpeg and webp (default 95).</source>
        <translation>1..100, untuk jpeg dan webp (bawaan 95).</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a Sora video size; use one of %2</source>
        <translation>ukuran &quot;%1&quot; bukan ukuran video Sora; gunakan salah satu dari %2</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not one of cover, pad, stretch</source>
        <translation>mode &quot;%1&quot; bukan salah satu dari cover, pad, stretch</translation>
    </message>
    <message>
        <source>background &quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>latar &quot;%1&quot; bukan warna berbentuk #RRGGBB</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is not one of jpeg, png, webp</source>
        <translation>format &quot;%1&quot; bukan salah satu dari jpeg, png, webp</translation>
    </message>
    <message>
        <source>quality &quot;%1&quot; is not a whole number from 1 to 100</source>
        <translation>kualitas &quot;%1&quot; bukan bilangan bulat dari 1 sampai 100</translation>
    </message>
    <message>
        <source>Convert pictures to exactly the size a Sora video needs.
Outputs are named &lt;stem&gt;_sora_&lt;W&gt;x&lt;H&gt;.&lt;ext&gt;.</source>
        <translation>Ubah gambar ke ukuran persis yang dibutuhkan video Sora.
Keluaran diberi nama &lt;nama&gt;_sora_&lt;W&gt;x&lt;H&gt;.&lt;ekstensi&gt;.</translation>
    </message>
    <message>
        <source>Also take pictures from subfolders of folder inputs.</source>
        <translation>Ambil juga gambar dari subfolder pada masukan berupa folder.</translation>
    </message>
    <message>
        <source>Where outputs go (default: beside each input); created if missing.</source>
        <translation>Tempat keluaran disimpan (bawaan: di samping setiap masukan); dibuat jika belum ada.</translation>
    </message>
    <message>
        <source>Replace existing outputs (default: that input fails).</source>
        <translation>Timpa keluaran yang sudah ada (bawaan: masukan tersebut gagal).</translation>
    </message>
    <message>
        <source>Parallel workers (default: all cores).</source>
        <translation>Jumlah pekerja paralel (bawaan: semua inti).</translation>
    </message>
    <message>
        <source>One JSON object per input on stdout.</source>
        <translation>Satu objek JSON per masukan di stdout.</translation>
    </message>
    <message>
        <source>Picture files or folders.</source>
        <translation>Berkas gambar atau folder.</translation>
    </message>
    <message>
        <source>jobs &quot;%1&quot; is not a whole number from 1 to 256</source>
        <translation>jumlah pekerja &quot;%1&quot; bukan bilangan bulat dari 1 sampai 256</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>tidak ada masukan yang diberikan</translation>
    </message>
    <message>
        <source>the output folder is empty</source>
        <translation>nama folder keluaran kosong</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>tidak dapat membuat folder keluaran %1</translation>
    </message>
    <message>
        <source>its output would replace the input itself</source>
        <translation>keluarannya akan menimpa masukan itu sendiri</translation>
    </message>
    <message>
        <source>has the same output name as %1: %2</source>
        <translation>memiliki nama keluaran yang sama dengan %1: %2</translation>
    </message>
    <message>
        <source>interrupted before it started</source>
        <translation>dihentikan sebelum dimulai</translation>
    </message>
    <message>
        <source>Usage: framefit-cli &lt;command&gt; [options] &lt;input&gt;...

Commands:
  convert   convert pictures to exactly a Sora video size
  check     tell whether pictures are ready to send as they are

Run framefit-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>Penggunaan: framefit-cli &lt;perintah&gt; [opsi] &lt;masukan&gt;...

Perintah:
  convert   ubah gambar ke ukuran video Sora yang persis
  check     periksa apakah gambar siap dikirim apa adanya

Jalankan framefit-cli &lt;perintah&gt; --help untuk melihat opsi sebuah perintah.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>tidak ada perintah yang diberikan</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>framefit::AboutDialog</name>
    <message>
        <source>About FrameFit</source>
        <translation>Tentang FrameFit</translation>
    </message>
    <message>
        <source>FrameFit %1</source>
        <translation>FrameFit %1</translation>
    </message>
    <message>
        <source>Prepares reference pictures at exactly the pixel size the Sora video API requires.</source>
        <translation>Menyiapkan gambar referensi dengan ukuran piksel persis seperti yang diwajibkan API video Sora.</translation>
    </message>
    <message>
        <source>FrameFit is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>FrameFit adalah perangkat lunak bebas: Anda boleh menyebarluaskan dan mengubahnya di bawah ketentuan GNU General Public License, versi 3 atau versi yang lebih baru (GPL-3.0-or-later). FrameFit disediakan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Dibuat dengan:</translation>
    </message>
    <message>
        <source>The sample picture:</source>
        <translation>Gambar contoh:</translation>
    </message>
</context>
<context>
    <name>framefit::MainWindow</name>
    <message>
        <source>FrameFit</source>
        <translation>FrameFit</translation>
    </message>
    <message>
        <source>FrameFit prepares pictures at the exact size Sora needs.</source>
        <translation>FrameFit menyiapkan gambar dengan ukuran persis yang dibutuhkan Sora.</translation>
    </message>
</context>
<context>
    <name>framefit::WhySoraDialog</name>
    <message>
        <source>Why Sora rejects images</source>
        <translation>Mengapa Sora menolak gambar</translation>
    </message>
    <message>
        <source>Sora starts the video from your reference image, so the API accepts it only when its width and height are exactly the size of the video you ask for. A picture even one pixel larger or smaller is rejected, which is why FrameFit crops, pads or stretches it to exactly that size first.</source>
        <translation>Sora memulai video dari gambar referensi Anda, sehingga API hanya menerimanya jika lebar dan tingginya persis sama dengan ukuran video yang Anda minta. Gambar yang lebih besar atau lebih kecil satu piksel saja akan ditolak; karena itulah FrameFit terlebih dahulu memangkas, memberi bilah pengisi, atau meregangkannya ke ukuran yang persis itu.</translation>
    </message>
    <message>
        <source>Video size</source>
        <translation>Ukuran video</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Pick the same size in FrameFit as in your video request, and a model that takes it.</source>
        <translation>Pilih ukuran yang sama di FrameFit seperti pada permintaan video Anda, serta model yang menerimanya.</translation>
    </message>
</context>
</TS>

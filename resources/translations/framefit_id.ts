<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain is not available, so a key entered here cannot be stored. Set the OPENAI_API_KEY environment variable instead.</source>
        <translation>Gantungan kunci sistem tidak tersedia, sehingga kunci yang dimasukkan di sini tidak dapat disimpan. Sebagai gantinya, atur variabel lingkungan OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable.</source>
        <translation>Menggunakan kunci dari variabel lingkungan OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Using the key stored in the system keychain.</source>
        <translation>Menggunakan kunci yang tersimpan di gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>Belum ada kunci yang disimpan.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>Kunci yang tersimpan telah dihapus.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Kunci tersimpan di gantungan kunci sistem.</translation>
    </message>
</context>
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
    <name>BatchJob</name>
    <message>
        <source>the name pattern is empty</source>
        <translation>pola nama kosong</translation>
    </message>
    <message>
        <source>the name pattern must not contain a folder separator</source>
        <translation>pola nama tidak boleh berisi pemisah folder</translation>
    </message>
    <message>
        <source>the name pattern has an unknown placeholder {%1}: use {stem}, {w}, {h} and {ext}</source>
        <translation>pola nama berisi penanda tempat yang tidak dikenal {%1}: gunakan {stem}, {w}, {h} dan {ext}</translation>
    </message>
    <message>
        <source>the name pattern needs {stem}, or every picture would get the same name</source>
        <translation>pola nama memerlukan {stem}, jika tidak semua gambar akan mendapat nama yang sama</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Mengonversi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
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
    <message>
        <source>is %1x%2 pixels and stored progressively: decoding it would take %L3 MB, more than the %L4 MB limit allows (a decompression bomb?)</source>
        <translation>berukuran %1x%2 piksel dan disimpan secara progresif: mendekodenya memerlukan %L3 MB, lebih besar daripada batas %L4 MB (bom dekompresi?)</translation>
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
    <name>JobPoller</name>
    <message>
        <source>The job was still &quot;%1&quot; when FrameFit stopped waiting; it may still finish on the server.</source>
        <translation>Pekerjaan masih berstatus &quot;%1&quot; saat FrameFit berhenti menunggu; pekerjaan itu mungkin tetap selesai di server.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite), so the job history cannot be kept.</source>
        <translation>Driver SQLite untuk Qt tidak terpasang (paket libqt6sql6-sqlite), sehingga riwayat pekerjaan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Cannot open the job history %1: %2</source>
        <translation>Tidak dapat membuka riwayat pekerjaan %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the job history %1: %2</source>
        <translation>Tidak dapat menyiapkan riwayat pekerjaan %1: %2</translation>
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
    <name>SoraClient</name>
    <message>
        <source>Network error: %1</source>
        <translation>Galat jaringan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (expected e.g. https://api.openai.com/v1).</source>
        <translation>&quot;%1&quot; bukan alamat web (seharusnya misalnya https://api.openai.com/v1).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>http:// biasa hanya diizinkan ke komputer ini (127.0.0.1, ::1, localhost); gunakan https:// untuk %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; bukan alamat http:// atau https://.</translation>
    </message>
    <message>
        <source>The prompt is empty: describe the video to make.</source>
        <translation>Prompt kosong: jelaskan video yang ingin dibuat.</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; the API accepts at most %2.</source>
        <translation>Prompt sepanjang %1 karakter; API menerima paling banyak %2.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Belum ada model yang dipilih.</translation>
    </message>
    <message>
        <source>The model %1 does not make %2 videos; models that do: %3.</source>
        <translation>Model %1 tidak membuat video %2; model yang bisa: %3.</translation>
    </message>
    <message>
        <source>The reference picture cannot be sent: %1.</source>
        <translation>Gambar referensi tidak dapat dikirim: %1.</translation>
    </message>
    <message>
        <source>The reference picture is %1 but is labelled %2.</source>
        <translation>Gambar referensi berformat %1 tetapi diberi label %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Server terlalu sering mengalihkan permintaan.</translation>
    </message>
    <message>
        <source>The server redirected from https to http.</source>
        <translation>Server mengalihkan dari https ke http.</translation>
    </message>
    <message numerus="yes">
        <source>It asked to wait %n second(s).</source>
        <translation>
            <numerusform>Server meminta menunggu %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remix prompt must be 1 to %1 characters long.</source>
        <translation>Prompt remix harus sepanjang 1 sampai %1 karakter.</translation>
    </message>
</context>
<context>
    <name>SoraError</name>
    <message>
        <source>FrameFit did not send the request.</source>
        <translation>FrameFit tidak mengirim permintaan.</translation>
    </message>
    <message>
        <source>The API address uses plain http:// to another computer, which would send your API key and pictures unencrypted.</source>
        <translation>Alamat API memakai http:// biasa ke komputer lain, sehingga kunci API dan gambar Anda akan terkirim tanpa enkripsi.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>Kunci API OpenAI belum diatur.</translation>
    </message>
    <message>
        <source>FrameFit could not reach the server, or the connection was cut.</source>
        <translation>FrameFit tidak dapat menjangkau server, atau sambungan terputus.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Server tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (its certificate could not be trusted), so nothing was sent.</source>
        <translation>Sambungan aman ke server gagal (sertifikatnya tidak dapat dipercaya), sehingga tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The server did not accept the API key.</source>
        <translation>Server tidak menerima kunci API.</translation>
    </message>
    <message>
        <source>The server says the reference picture is not exactly the video size.</source>
        <translation>Server menyatakan bahwa ukuran gambar referensi tidak persis sama dengan ukuran video.</translation>
    </message>
    <message>
        <source>The server&apos;s moderation system blocked the request. Pictures with human faces and real people are currently refused.</source>
        <translation>Sistem moderasi server memblokir permintaan ini. Gambar berisi wajah manusia dan orang sungguhan saat ini ditolak.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Server menolak permintaan karena dianggap tidak valid.</translation>
    </message>
    <message>
        <source>The server reported a conflict with the job&apos;s current state.</source>
        <translation>Server melaporkan konflik dengan status pekerjaan saat ini.</translation>
    </message>
    <message>
        <source>The server is limiting how many requests you can make.</source>
        <translation>Server sedang membatasi jumlah permintaan yang dapat Anda buat.</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>Server mengalami masalah internal.</translation>
    </message>
    <message>
        <source>This server does not offer the Sora video API (or this model). OpenAI shut the official Sora 2 API down on 2026-09-24; only compatible servers still provide it.</source>
        <translation>Server ini tidak menyediakan API video Sora (atau model ini). OpenAI menutup API Sora 2 resmi pada 2026-09-24; kini hanya server yang kompatibel yang masih menyediakannya.</translation>
    </message>
    <message>
        <source>The server does not know this job: it may have expired or been deleted.</source>
        <translation>Server tidak mengenal pekerjaan ini: mungkin sudah kedaluwarsa atau dihapus.</translation>
    </message>
    <message>
        <source>The server asked to wait longer than two minutes before trying again.</source>
        <translation>Server meminta menunggu lebih dari dua menit sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The request to create the video was sent, but no clear answer came back. The server may have created (and billed) the job anyway.</source>
        <translation>Permintaan pembuatan video sudah terkirim, tetapi tidak ada jawaban yang jelas. Server mungkin tetap membuat (dan menagih) pekerjaan itu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Jawaban server tidak dapat dipahami.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>Jawaban server jauh lebih besar dari yang diperkirakan, sehingga dihentikan.</translation>
    </message>
    <message>
        <source>The server could not make this video.</source>
        <translation>Server tidak dapat membuat video ini.</translation>
    </message>
    <message>
        <source>The downloaded file could not be saved.</source>
        <translation>Berkas yang diunduh tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Permintaan dibatalkan.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Permintaan gagal.</translation>
    </message>
    <message>
        <source>Fix the problem described and submit again.</source>
        <translation>Perbaiki masalah yang dijelaskan, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Use an https:// address, or http:// only for a server on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Gunakan alamat https://, atau http:// hanya untuk server di komputer ini (127.0.0.1, ::1, atau localhost).</translation>
    </message>
    <message>
        <source>Enter the key in Settings, or set the OPENAI_API_KEY environment variable.</source>
        <translation>Masukkan kunci di Pengaturan, atau atur variabel lingkungan OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings, then try again.</source>
        <translation>Periksa sambungan jaringan Anda dan alamat API di Pengaturan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check the API address and your system&apos;s certificates; FrameFit never ignores certificate errors.</source>
        <translation>Periksa alamat API dan sertifikat sistem Anda; FrameFit tidak pernah mengabaikan galat sertifikat.</translation>
    </message>
    <message>
        <source>Check the API key in Settings or OPENAI_API_KEY.</source>
        <translation>Periksa kunci API di Pengaturan atau OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Prepare the picture again at the selected video size and resubmit.</source>
        <translation>Siapkan ulang gambar dengan ukuran video yang dipilih, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Choose another picture or change the prompt.</source>
        <translation>Pilih gambar lain atau ubah prompt.</translation>
    </message>
    <message>
        <source>Check the prompt, model, duration and size against what the server accepts.</source>
        <translation>Periksa apakah prompt, model, durasi, dan ukuran sesuai dengan yang diterima server.</translation>
    </message>
    <message>
        <source>Wait for the job to finish, then try again.</source>
        <translation>Tunggu hingga pekerjaan selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Wait a while, then try again.</source>
        <translation>Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Set the address of a compatible server in Settings (or with --base-url).</source>
        <translation>Atur alamat server yang kompatibel di Pengaturan (atau dengan --base-url).</translation>
    </message>
    <message>
        <source>Remove the job from the list, or submit the picture again.</source>
        <translation>Hapus pekerjaan itu dari daftar, atau kirim gambarnya lagi.</translation>
    </message>
    <message>
        <source>Look at the job list on the server before submitting again, so you do not pay for the same video twice.</source>
        <translation>Periksa daftar pekerjaan di server sebelum mengirim lagi, agar Anda tidak membayar dua kali untuk video yang sama.</translation>
    </message>
    <message>
        <source>Check that the API address points to a Sora-compatible server.</source>
        <translation>Pastikan alamat API mengarah ke server yang kompatibel dengan Sora.</translation>
    </message>
    <message>
        <source>Change the prompt or picture and submit again.</source>
        <translation>Ubah prompt atau gambar, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Check that the folder exists and has free space.</source>
        <translation>Pastikan folder itu ada dan masih memiliki ruang kosong.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Coba lagi.</translation>
    </message>
    <message>
        <source>The server said (HTTP %1): &quot;%2&quot;</source>
        <translation>Kata server (HTTP %1): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Kata server: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>Status HTTP %1.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID permintaan: %1</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>Jawaban server bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not describe a video job (it has no id).</source>
        <translation>Jawaban server tidak menjelaskan pekerjaan video (tidak ada id).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list of video jobs.</source>
        <translation>Jawaban server bukan daftar pekerjaan video.</translation>
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
        <source>no command given</source>
        <translation>tidak ada perintah yang diberikan</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>Usage: framefit-cli &lt;command&gt; [options] &lt;input&gt;...

Commands:
  convert   convert pictures to exactly a Sora video size
  check     tell whether pictures are ready to send as they are
  submit    send a prepared picture to a Sora-compatible Videos API

Run framefit-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>Penggunaan: framefit-cli &lt;perintah&gt; [opsi] &lt;masukan&gt;...

Perintah:
  convert   ubah gambar ke ukuran video Sora yang persis
  check     periksa apakah gambar siap dikirim apa adanya
  submit    kirim gambar yang sudah disiapkan ke Videos API yang kompatibel dengan Sora

Jalankan framefit-cli &lt;perintah&gt; --help untuk melihat opsi sebuah perintah.
</translation>
    </message>
    <message>
        <source>framefit-cli: %1 Retry %2 of 2 in %3 s.</source>
        <translation>framefit-cli: %1 Percobaan ulang %2 dari 2 dalam %3 detik.</translation>
    </message>
    <message>
        <source>Prepare a picture exactly as convert would and send it to a Sora-compatible Videos API as the first frame of a new video. The API key is read from OPENAI_API_KEY.
Note: OpenAI shut the official Sora 2 API down on 2026-09-24; use --base-url (or OPENAI_BASE_URL) for a compatible server.</source>
        <translation>Siapkan gambar persis seperti yang dilakukan convert, lalu kirim ke Videos API yang kompatibel dengan Sora sebagai bingkai pertama video baru. Kunci API dibaca dari OPENAI_API_KEY.
Catatan: OpenAI menutup API Sora 2 resmi pada 2026-09-24; gunakan --base-url (atau OPENAI_BASE_URL) untuk server yang kompatibel.</translation>
    </message>
    <message>
        <source>What the video shows (required).</source>
        <translation>Isi video yang diinginkan (wajib).</translation>
    </message>
    <message>
        <source>sora-2, sora-2-pro or a compatible server&apos;s model (default sora-2).</source>
        <translation>sora-2, sora-2-pro, atau model dari server yang kompatibel (bawaan sora-2).</translation>
    </message>
    <message>
        <source>Video length in seconds: 4, 8, 12... (default 4).</source>
        <translation>Durasi video dalam detik: 4, 8, 12... (bawaan 4).</translation>
    </message>
    <message>
        <source>API address (default $OPENAI_BASE_URL, else https://api.openai.com/v1).</source>
        <translation>Alamat API (bawaan $OPENAI_BASE_URL, jika tidak ada https://api.openai.com/v1).</translation>
    </message>
    <message>
        <source>Wait until the video is completed or failed (progress on stderr).</source>
        <translation>Tunggu hingga video selesai atau gagal (kemajuan ditampilkan di stderr).</translation>
    </message>
    <message>
        <source>Save the finished MP4 to FILE (implies --wait).</source>
        <translation>Simpan MP4 yang sudah jadi ke FILE (termasuk --wait).</translation>
    </message>
    <message>
        <source>Print one JSON object describing the job on stdout.</source>
        <translation>Cetak satu objek JSON yang menjelaskan pekerjaan di stdout.</translation>
    </message>
    <message>
        <source>First wait between status checks in ms when the server does not say (default 2000; grows to 20 s).</source>
        <translation>Jeda awal antarpemeriksaan status dalam ms jika server tidak menentukannya (bawaan 2000; bertambah hingga 20 detik).</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 0: wait as long as the job runs).</source>
        <translation>Berhenti menunggu setelah sekian detik (bawaan 0: tunggu selama pekerjaan berjalan).</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is abandoned (default 60).</source>
        <translation>Jumlah detik tanpa data sebelum permintaan ditinggalkan (bawaan 60).</translation>
    </message>
    <message>
        <source>The picture to send.</source>
        <translation>Gambar yang akan dikirim.</translation>
    </message>
    <message>
        <source>no image given</source>
        <translation>tidak ada gambar yang diberikan</translation>
    </message>
    <message>
        <source>submit takes exactly one image</source>
        <translation>submit menerima tepat satu gambar</translation>
    </message>
    <message>
        <source>--prompt is required: describe the video to make</source>
        <translation>--prompt wajib diisi: jelaskan video yang ingin dibuat</translation>
    </message>
    <message>
        <source>model %1 does not make %2 videos; models that do: %3</source>
        <translation>model %1 tidak membuat video %2; model yang bisa: %3</translation>
    </message>
    <message>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>durasi &quot;%1&quot; bukan bilangan bulat detik</translation>
    </message>
    <message>
        <source>--poll-interval, --max-wait and --timeout take whole positive numbers</source>
        <translation>--poll-interval, --max-wait, dan --timeout memerlukan bilangan bulat positif</translation>
    </message>
    <message>
        <source>%1 already exists; choose another --download file</source>
        <translation>%1 sudah ada; pilih berkas --download lain</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set; submit reads the API key only from that environment variable</source>
        <translation>OPENAI_API_KEY belum diatur; submit hanya membaca kunci API dari variabel lingkungan itu</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
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
    <name>framefit::ApiSettingsDialog</name>
    <message>
        <source>Video API Settings</source>
        <translation>Pengaturan API Video</translation>
    </message>
    <message>
        <source>OpenAI shut the official Sora 2 API down on 2026-09-24. To make videos, enter the address of a compatible server (it must speak the same /videos API).</source>
        <translation>OpenAI menutup API Sora 2 resmi pada 2026-09-24. Untuk membuat video, masukkan alamat server yang kompatibel (server itu harus mendukung API /videos yang sama).</translation>
    </message>
    <message>
        <source>https:// address of the API, or http:// to a server on this computer.</source>
        <translation>Alamat https:// dari API, atau http:// ke server di komputer ini.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Biarkan kosong untuk mempertahankan kunci saat ini</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in FrameFit&apos;s settings file.</source>
        <translation>Disimpan di gantungan kunci sistem, tidak pernah di berkas pengaturan FrameFit.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Alamat API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Menyimpan kunci di gantungan kunci sistem…</translation>
    </message>
</context>
<context>
    <name>framefit::BatchModel</name>
    <message>
        <source>Cover</source>
        <translation>Isi penuh</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Bingkai</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Regangkan</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>lanskap</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>potret</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ukuran keluaran</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Ready for Sora?</source>
        <translation>Siap untuk Sora?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Output or error</source>
        <translation>Keluaran atau galat</translation>
    </message>
    <message>
        <source>The size this picture will get; &quot;auto&quot; follows the picture&apos;s own orientation.</source>
        <translation>Ukuran yang akan didapat gambar ini; &quot;otomatis&quot; mengikuti orientasi gambar itu sendiri.</translation>
    </message>
    <message>
        <source>Whether the file could already be sent as it is, or what it needs.</source>
        <translation>Apakah berkas ini sudah bisa dikirim apa adanya, atau apa yang masih diperlukan.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Already %1 %2</source>
        <translation>Sudah %1 %2</translation>
    </message>
    <message>
        <source>%1 ✎ edited</source>
        <translation>%1 ✎ diubah</translation>
    </message>
    <message>
        <source>Crop: %1 (left, top, right, bottom)</source>
        <translation>Pangkasan: %1 (kiri, atas, kanan, bawah)</translation>
    </message>
    <message>
        <source>Mode: %1 (this picture only)</source>
        <translation>Mode: %1 (hanya gambar ini)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 picture, %2 upright</source>
        <translation>Gambar %1, %2 setelah ditegakkan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, cropped</source>
        <translation>%1, dipangkas</translation>
    </message>
    <message>
        <source>kept existing %1</source>
        <translation>%1 yang sudah ada dipertahankan</translation>
    </message>
</context>
<context>
    <name>framefit::BatchPanel</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Tambah &amp;berkas…</translation>
    </message>
    <message>
        <source>Add pictures to the batch. You can also drop files and folders here.</source>
        <translation>Tambahkan gambar ke batch. Anda juga bisa meletakkan berkas dan folder di sini.</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Tambah f&amp;older…</translation>
    </message>
    <message>
        <source>Add every picture directly inside a folder.</source>
        <translation>Tambahkan setiap gambar yang berada langsung di dalam sebuah folder.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected pictures from the batch (the files stay).</source>
        <translation>Keluarkan gambar yang dipilih dari batch (berkasnya tetap ada).</translation>
    </message>
    <message>
        <source>Drop pictures or folders here.</source>
        <translation>Letakkan gambar atau folder di sini.</translation>
    </message>
    <message>
        <source>Batch defaults</source>
        <translation>Bawaan batch</translation>
    </message>
    <message>
        <source>Select a picture to adjust its crop in the main view.</source>
        <translation>Pilih gambar untuk menyesuaikan pangkasannya di tampilan utama.</translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation>Or&amp;ientasi:</translation>
    </message>
    <message>
        <source>Auto (follow the picture)</source>
        <translation>Otomatis (ikuti gambar)</translation>
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
        <source>Which size of the pair the selected pictures get. Auto picks the portrait size for pictures taller than wide.</source>
        <translation>Ukuran mana dari pasangan ini yang didapat gambar yang dipilih. Otomatis memilih ukuran potret untuk gambar yang lebih tinggi daripada lebarnya.</translation>
    </message>
    <message>
        <source>&amp;Edit crop…</source>
        <translation>&amp;Ubah pangkasan…</translation>
    </message>
    <message>
        <source>Open the selected picture in the crop view to adjust it alone.</source>
        <translation>Buka gambar yang dipilih di tampilan pangkas untuk menyesuaikannya secara tersendiri.</translation>
    </message>
    <message>
        <source>Reset cro&amp;p</source>
        <translation>Atur ulang &amp;pangkasan</translation>
    </message>
    <message>
        <source>Use the batch defaults again for the selected pictures.</source>
        <translation>Gunakan lagi bawaan batch untuk gambar yang dipilih.</translation>
    </message>
    <message>
        <source>Con&amp;vert all</source>
        <translation>&amp;Konversi semua</translation>
    </message>
    <message>
        <source>Convert every picture of the batch.</source>
        <translation>Konversi setiap gambar dalam batch.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>B&amp;atal</translation>
    </message>
    <message>
        <source>Stop after the pictures being converted now; no file is left half-written.</source>
        <translation>Berhenti setelah gambar yang sedang dikonversi selesai; tidak ada berkas yang tertinggal setengah tertulis.</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>Ulangi yang &amp;gagal</translation>
    </message>
    <message>
        <source>Convert again only the pictures that failed.</source>
        <translation>Konversi ulang hanya gambar yang gagal.</translation>
    </message>
    <message>
        <source>Open output fol&amp;der</source>
        <translation>Buka fol&amp;der keluaran</translation>
    </message>
    <message>
        <source>Show the converted pictures in the file manager.</source>
        <translation>Tampilkan gambar hasil konversi di pengelola berkas.</translation>
    </message>
    <message>
        <source>%1 or %2 (%3)</source>
        <translation>%1 atau %2 (%3)</translation>
    </message>
    <message>
        <source>The output size pair. Each picture gets the landscape or the portrait size by its orientation setting.</source>
        <translation>Pasangan ukuran keluaran. Setiap gambar mendapat ukuran lanskap atau potret sesuai pengaturan orientasinya.</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Uku&amp;ran:</translation>
    </message>
    <message>
        <source>Cover: fill the frame, crop what overflows</source>
        <translation>Isi penuh: penuhi bingkai, pangkas bagian yang berlebih</translation>
    </message>
    <message>
        <source>Pad: fit inside, bars of the background colour</source>
        <translation>Bingkai: muat di dalam, bilah pengisi berwarna latar belakang</translation>
    </message>
    <message>
        <source>Stretch: fill exactly (distorts)</source>
        <translation>Regangkan: isi dengan pas (mengubah bentuk)</translation>
    </message>
    <message>
        <source>How each picture is fitted into the frame, unless you changed it for that picture.</source>
        <translation>Cara setiap gambar dimuat ke dalam bingkai, kecuali Anda mengubahnya untuk gambar tersebut.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Colour of pad bars and of transparent areas.</source>
        <translation>Warna bilah pengisi dan area transparan.</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>File format of the outputs.</source>
        <translation>Format berkas keluaran.</translation>
    </message>
    <message>
        <source>JPEG and WebP quality, 1 to 100.</source>
        <translation>Kualitas JPEG dan WebP, 1 sampai 100.</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>Kualita&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>La&amp;tar belakang:</translation>
    </message>
    <message>
        <source>Beside each picture</source>
        <translation>Di samping setiap gambar</translation>
    </message>
    <message>
        <source>Where the outputs go; empty puts each beside its picture. Created if missing.</source>
        <translation>Tempat keluaran disimpan; jika kosong, setiap keluaran diletakkan di samping gambarnya. Dibuat jika belum ada.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Pilih folder keluaran.</translation>
    </message>
    <message>
        <source>Output fo&amp;lder:</source>
        <translation>Fold&amp;er keluaran:</translation>
    </message>
    <message>
        <source>Output file names: {stem} is the picture&apos;s name without its extension, {w} and {h} the output size, {ext} the format&apos;s extension.</source>
        <translation>Nama berkas keluaran: {stem} adalah nama gambar tanpa ekstensinya, {w} dan {h} ukuran keluaran, {ext} ekstensi formatnya.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in the batch.</source>
        <translation>
            <numerusform>%n gambar dalam batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Tambah gambar</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>Tambah folder berisi gambar</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Warna latar belakang</translation>
    </message>
    <message>
        <source>Outputs already exist</source>
        <translation>Keluaran sudah ada</translation>
    </message>
    <message numerus="yes">
        <source>%n output file(s) already exist, for example %1.</source>
        <translation>
            <numerusform>%n berkas keluaran sudah ada, misalnya %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>What should the batch do with them?</source>
        <translation>Apa yang harus dilakukan batch terhadap berkas-berkas itu?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Timpa</translation>
    </message>
    <message>
        <source>&amp;Skip those pictures</source>
        <translation>&amp;Lewati gambar-gambar itu</translation>
    </message>
    <message>
        <source>&amp;Keep both (number the new ones)</source>
        <translation>&amp;Simpan keduanya (beri nomor pada yang baru)</translation>
    </message>
    <message>
        <source>Cancelling: finishing the pictures being converted now…</source>
        <translation>Membatalkan: menyelesaikan gambar yang sedang dikonversi…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>%n converted</source>
        <translation>
            <numerusform>%n dikonversi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n gagal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (output already there)</source>
        <translation>
            <numerusform>%n dilewati (keluaran sudah ada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not converted</source>
        <translation>
            <numerusform>%n tidak dikonversi</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Dibatalkan: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Selesai: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 (the reasons are in the list).</source>
        <translation>Gagal: %1 (alasannya ada di daftar).</translation>
    </message>
</context>
<context>
    <name>framefit::BatchRunner</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>tidak dapat membuat folder keluaran %1</translation>
    </message>
    <message>
        <source>its output would replace the picture itself</source>
        <translation>keluarannya akan menimpa gambar itu sendiri</translation>
    </message>
    <message>
        <source>another picture of this batch has the same output name: %1</source>
        <translation>gambar lain dalam batch ini memiliki nama keluaran yang sama: %1</translation>
    </message>
</context>
<context>
    <name>framefit::CropView</name>
    <message>
        <source>Crop rectangle</source>
        <translation>Persegi pangkasan</translation>
    </message>
    <message>
        <source>Drag the rectangle or its handles to choose the region Sora gets.
Arrow keys move it, Shift+arrow keys resize it, double-click resets it.</source>
        <translation>Seret persegi atau pegangannya untuk memilih bagian yang diterima Sora.
Tombol panah menggesernya, Shift+panah mengubah ukurannya, klik ganda mengembalikannya.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Drop a picture here, or use File &gt; Open</source>
        <translation>Letakkan gambar di sini, atau gunakan Berkas &gt; Buka</translation>
    </message>
    <message>
        <source>%1 × %2 px  →  %3</source>
        <translation>%1 × %2 px  →  %3</translation>
    </message>
</context>
<context>
    <name>framefit::JobItem</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Tampilkan di &amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Remix…</source>
        <translation>&amp;Remix…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Download the MP4 again, or save a copy of it elsewhere.</source>
        <translation>Unduh MP4 lagi, atau simpan salinannya di tempat lain.</translation>
    </message>
    <message>
        <source>Play the MP4 in your video player.</source>
        <translation>Putar MP4 di pemutar video Anda.</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP4.</source>
        <translation>Buka folder tempat MP4 berada.</translation>
    </message>
    <message>
        <source>Make a new video from this one with a changed prompt.</source>
        <translation>Buat video baru dari video ini dengan prompt yang diubah.</translation>
    </message>
    <message>
        <source>Delete the job on the server and its local files.</source>
        <translation>Hapus pekerjaan di server beserta berkas lokalnya.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 s — %4</source>
        <translation>%1 · %2 · %3 dtk — %4</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (permintaan %2)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan &amp;Sebagai…</translation>
    </message>
</context>
<context>
    <name>framefit::JobsList</name>
    <message>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Sedang dibuat</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>No videos yet. Submit a picture to start one.</source>
        <translation>Belum ada video. Kirim gambar untuk memulainya.</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>Hapus video</translation>
    </message>
    <message>
        <source>Delete this video on the server and on this computer?</source>
        <translation>Hapus video ini di server dan di komputer ini?</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>Simpan video</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>The video could not be copied to %1.</source>
        <translation>Video tidak dapat disalin ke %1.</translation>
    </message>
    <message>
        <source>Remix video</source>
        <translation>Remix video</translation>
    </message>
    <message>
        <source>New prompt for the remix:</source>
        <translation>Prompt baru untuk remix:</translation>
    </message>
</context>
<context>
    <name>framefit::MainWindow</name>
    <message>
        <source>FrameFit</source>
        <translation>FrameFit</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Bingkai</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Isi penuh</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Regangkan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>Move crop</source>
        <translation>Geser pangkasan</translation>
    </message>
    <message>
        <source>Video size</source>
        <translation>Ukuran video</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>lanskap</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>potret</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The size of the video, and so of its first frame. sora-2 takes 1280x720 and 720x1280; sora-2-pro takes all four.</source>
        <translation>Ukuran video, dan dengan demikian ukuran bingkai pertamanya. sora-2 menerima 1280x720 dan 720x1280; sora-2-pro menerima keempatnya.</translation>
    </message>
    <message>
        <source>Change video size</source>
        <translation>Ubah ukuran video</translation>
    </message>
    <message>
        <source>&amp;Lock the crop to the video&apos;s shape</source>
        <translation>&amp;Kunci pangkasan ke bentuk video</translation>
    </message>
    <message>
        <source>Locked, cover uses exactly the region you choose. Unlocked, any rectangle: pad, cover and stretch then fit it.</source>
        <translation>Jika dikunci, mode isi penuh memakai persis bagian yang Anda pilih. Jika tidak dikunci, persegi apa pun boleh: bingkai, isi penuh, dan regang lalu menyesuaikannya.</translation>
    </message>
    <message>
        <source>Lock crop shape</source>
        <translation>Kunci bentuk pangkasan</translation>
    </message>
    <message>
        <source>Unlock crop shape</source>
        <translation>Buka kunci bentuk pangkasan</translation>
    </message>
    <message>
        <source>Crop (fractions of the picture)</source>
        <translation>Pangkasan (pecahan dari gambar)</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>K&amp;iri</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Atas</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>K&amp;anan</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>&amp;Bawah</translation>
    </message>
    <message>
        <source>The crop&apos;s %1 edge as a fraction of the picture (0 to 1), the CLI&apos;s -c value.</source>
        <translation>Tepi %1 pangkasan sebagai pecahan dari gambar (0 sampai 1), nilai -c pada CLI.</translation>
    </message>
    <message>
        <source>Re&amp;set crop</source>
        <translation>&amp;Setel ulang pangkasan</translation>
    </message>
    <message>
        <source>The largest centred crop the lock allows (also: double-click the picture).</source>
        <translation>Pangkasan terbesar di tengah yang diizinkan oleh kunci (juga: klik ganda pada gambar).</translation>
    </message>
    <message>
        <source>Pad bars and transparency</source>
        <translation>Bilah pengisi dan transparansi</translation>
    </message>
    <message>
        <source>The colour of the bars in pad mode, and behind transparent pixels.</source>
        <translation>Warna bilah pada mode bingkai, dan latar di balik piksel transparan.</translation>
    </message>
    <message>
        <source>Bar colour</source>
        <translation>Warna bilah</translation>
    </message>
    <message>
        <source>From &amp;edges</source>
        <translation>Dari &amp;tepi</translation>
    </message>
    <message>
        <source>Take the average colour along the edges of the crop, so the bars blend in.</source>
        <translation>Ambil warna rata-rata di sepanjang tepi pangkasan, agar bilah menyatu dengan gambar.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>The formats the Sora API accepts.</source>
        <translation>Format yang diterima API Sora.</translation>
    </message>
    <message>
        <source>Change format</source>
        <translation>Ubah format</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>JPEG and WebP quality, 1 to 100 (95 keeps nearly everything).</source>
        <translation>Kualitas JPEG dan WebP, 1 sampai 100 (95 mempertahankan hampir semua detail).</translation>
    </message>
    <message>
        <source>Change quality</source>
        <translation>Ubah kualitas</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Kualitas</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_sora_&lt;W&gt;x&lt;H&gt; beside the picture (Ctrl+S).</source>
        <translation>Tulis &lt;nama&gt;_sora_&lt;W&gt;x&lt;H&gt; di samping gambar (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>Pratinjau %1</translation>
    </message>
    <message>
        <source>Pad: the whole crop, on bars of your colour. Click to export this.</source>
        <translation>Bingkai: seluruh pangkasan, di atas bilah berwarna pilihan Anda. Klik untuk mengekspor ini.</translation>
    </message>
    <message>
        <source>Cover: fills the frame, the crop&apos;s overflow is cut. Click to export this.</source>
        <translation>Isi penuh: memenuhi bingkai, kelebihan pangkasan dipotong. Klik untuk mengekspor ini.</translation>
    </message>
    <message>
        <source>Stretch: fills the frame by distorting the crop. Click to export this.</source>
        <translation>Regangkan: memenuhi bingkai dengan mengubah bentuk pangkasan. Klik untuk mengekspor ini.</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Pilih %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Export &amp;As…</source>
        <translation>Ekspor &amp;Sebagai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Edit crop</source>
        <translation>Sunting pangkasan</translation>
    </message>
    <message>
        <source>Reset crop</source>
        <translation>Setel ulang pangkasan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>distorts the picture</source>
        <translation>mengubah bentuk gambar</translation>
    </message>
    <message>
        <source>keeps all of the crop</source>
        <translation>mempertahankan seluruh pangkasan</translation>
    </message>
    <message>
        <source>fills the frame</source>
        <translation>memenuhi bingkai</translation>
    </message>
    <message>
        <source>⚠ The chosen region is %1 × %2 px, smaller than %3: it is enlarged %L4×, so fine detail will look soft.</source>
        <translation>⚠ Bagian yang dipilih berukuran %1 × %2 px, lebih kecil dari %3: bagian itu diperbesar %L4×, sehingga detail halus akan tampak buram.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Timpa berkas?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 sudah ada. Timpa?</translation>
    </message>
    <message>
        <source>%1 picture (*.%2)</source>
        <translation>Gambar %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Ekspor sebagai</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Tidak ditulis: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 tidak ditulis: %2</translation>
    </message>
    <message>
        <source>%1 — ready for %2</source>
        <translation>%1 — siap untuk %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change bar colour</source>
        <translation>Ubah warna bilah</translation>
    </message>
    <message>
        <source>Take colour from edges</source>
        <translation>Ambil warna dari tepi</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>Buka gambar</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <source>sample picture</source>
        <translation>gambar contoh</translation>
    </message>
    <message>
        <source>%1 — FrameFit</source>
        <translation>%1 — FrameFit</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels</source>
        <translation>%1: %2 × %3 piksel</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot open the picture</source>
        <translation>Tidak dapat membuka gambar</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <source>The job history cannot be opened: %1</source>
        <translation>Riwayat pekerjaan tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Open a picture first.</source>
        <translation>Buka gambar terlebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Video API…</source>
        <translation>API &amp;Video…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Why Sora rejects images</source>
        <translation>&amp;Mengapa Sora menolak gambar</translation>
    </message>
    <message>
        <source>&amp;About FrameFit</source>
        <translation>&amp;Tentang FrameFit</translation>
    </message>
    <message>
        <source>One picture</source>
        <translation>Satu gambar</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Many pictures at once, each with its own crop if you like.</source>
        <translation>Banyak gambar sekaligus, masing-masing dengan pangkasannya sendiri jika Anda mau.</translation>
    </message>
    <message>
        <source>%1 from the batch: crop and mode changes in &quot;One picture&quot; apply to it in the batch.</source>
        <translation>%1 dari batch: perubahan pangkasan dan mode di &quot;Satu gambar&quot; berlaku untuk gambar ini di batch.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>How far one arrow key moves or resizes the crop, in screen pixels (more on high-density screens).</source>
        <translation>Seberapa jauh satu tombol panah menggeser atau mengubah ukuran pangkasan, dalam piksel layar (lebih besar pada layar berkerapatan tinggi).</translation>
    </message>
    <message>
        <source>Arrow-key step</source>
        <translation>Langkah tombol panah</translation>
    </message>
    <message>
        <source>Arrow-&amp;key step</source>
        <translation>Langkah tombol pa&amp;nah</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>The language changes the next time FrameFit starts.</source>
        <translation>Bahasa akan berubah saat FrameFit dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Send to S&amp;ora</source>
        <translation>Kirim ke S&amp;ora</translation>
    </message>
</context>
<context>
    <name>framefit::SubmitPanel</name>
    <message>
        <source>&amp;Submit to Sora</source>
        <translation>&amp;Kirim ke Sora</translation>
    </message>
    <message>
        <source>Describe the video: subject, motion, camera, light…</source>
        <translation>Jelaskan videonya: subjek, gerakan, kamera, cahaya…</translation>
    </message>
    <message>
        <source>What should happen in the video. The picture becomes its first frame.</source>
        <translation>Apa yang harus terjadi di dalam video. Gambar ini menjadi bingkai pertamanya.</translation>
    </message>
    <message>
        <source>sora-2 makes 1280x720 and 720x1280; sora-2-pro also 1792x1024 and 1024x1792. A compatible server may name other models.</source>
        <translation>sora-2 membuat 1280x720 dan 720x1280; sora-2-pro juga 1792x1024 dan 1024x1792. Server yang kompatibel mungkin menamai model lain.</translation>
    </message>
    <message>
        <source>Length of the video in seconds.</source>
        <translation>Durasi video dalam detik.</translation>
    </message>
    <message>
        <source>The video size chosen for the preview; the picture is sent at exactly this size.</source>
        <translation>Ukuran video yang dipilih untuk pratinjau; gambar dikirim dengan ukuran persis ini.</translation>
    </message>
    <message>
        <source>Send the prepared picture and the prompt to the video API.</source>
        <translation>Kirim gambar yang sudah disiapkan dan prompt ke API video.</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Length (s):</source>
        <translation>&amp;Durasi (dtk):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>Submitted as %1. Follow it in the job list.</source>
        <translation>Terkirim sebagai %1. Pantau di daftar pekerjaan.</translation>
    </message>
    <message>
        <source>The video API is not set up.</source>
        <translation>API video belum diatur.</translation>
    </message>
    <message>
        <source>Open a picture first.</source>
        <translation>Buka gambar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Pilih model.</translation>
    </message>
    <message>
        <source>%1 does not make %2 videos. Choose %3, or another size.</source>
        <translation>%1 tidak membuat video %2. Pilih %3, atau ukuran lain.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Tulis prompt.</translation>
    </message>
    <message>
        <source>%1 does not make %2 videos; it would be refused. Models that do: %3.</source>
        <translation>%1 tidak membuat video %2; permintaan akan ditolak. Model yang bisa: %3.</translation>
    </message>
    <message>
        <source>The picture could not be prepared.</source>
        <translation>Gambar tidak dapat disiapkan.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
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
<context>
    <name>framefit::sora::JobTracker</name>
    <message>
        <source>The video could not be downloaded. %1</source>
        <translation>Video tidak dapat diunduh. %1</translation>
    </message>
    <message>
        <source>The job could not be deleted on the server. %1</source>
        <translation>Pekerjaan tidak dapat dihapus di server. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare pictures at the exact size Sora needs.</source>
        <translation>Siapkan gambar dengan ukuran persis yang dibutuhkan Sora.</translation>
    </message>
    <message>
        <source>A picture to open.</source>
        <translation>Gambar yang akan dibuka.</translation>
    </message>
    <message>
        <source>A Sora-compatible Videos API address for this run.</source>
        <translation>Alamat Videos API yang kompatibel dengan Sora, hanya untuk sesi ini.</translation>
    </message>
</context>
<context>
    <name>mock-server</name>
    <message>
        <source>A local server speaking the Sora Videos API (POST/GET/DELETE /v1/videos...), bound to 127.0.0.1 only, for trying FrameFit without the internet and for tests.

Faults (--fault, repeatable; also POST /mock/faults {&quot;fault&quot;: SPEC}):
  status:CODE[@ENDPOINT][xN][,retry-after=S][,retry-after-ms=M][,message=TEXT]
  drop | hang | malformed | huge [@ENDPOINT][xN]
  reset-upload | create-then-drop | job-fails | job-stuck
ENDPOINT: create, retrieve, list, content, delete, remix, any (default any).</source>
        <translation>Server lokal yang berbicara dengan Sora Videos API (POST/GET/DELETE /v1/videos...), hanya terikat ke 127.0.0.1, untuk mencoba FrameFit tanpa internet dan untuk pengujian.

Gangguan (--fault, dapat diulang; juga POST /mock/faults {&quot;fault&quot;: SPEC}):
  status:CODE[@ENDPOINT][xN][,retry-after=S][,retry-after-ms=M][,message=TEXT]
  drop | hang | malformed | huge [@ENDPOINT][xN]
  reset-upload | create-then-drop | job-fails | job-stuck
ENDPOINT: create, retrieve, list, content, delete, remix, any (bawaan any).</translation>
    </message>
    <message>
        <source>TCP port (default: chosen by the system).</source>
        <translation>Port TCP (bawaan: dipilih oleh sistem).</translation>
    </message>
    <message>
        <source>The API key clients must send (default sk-mock).</source>
        <translation>Kunci API yang harus dikirim klien (bawaan sk-mock).</translation>
    </message>
    <message>
        <source>Job timer period in ms (default 500).</source>
        <translation>Periode pewaktu pekerjaan dalam ms (bawaan 500).</translation>
    </message>
    <message>
        <source>Ticks until a job completes (default 4).</source>
        <translation>Jumlah detak hingga pekerjaan selesai (bawaan 4).</translation>
    </message>
    <message>
        <source>Send openai-poll-after-ms with this value (default: not sent).</source>
        <translation>Kirim openai-poll-after-ms dengan nilai ini (bawaan: tidak dikirim).</translation>
    </message>
    <message>
        <source>Inject a fault (see above).</source>
        <translation>Sisipkan gangguan (lihat di atas).</translation>
    </message>
    <message>
        <source>Answer /content with a redirect to a key-less asset URL.</source>
        <translation>Jawab /content dengan pengalihan ke URL aset tanpa kunci.</translation>
    </message>
    <message>
        <source>Behave like the retired official endpoint: 404 for every /videos call.</source>
        <translation>Berperilaku seperti endpoint resmi yang sudah dihentikan: 404 untuk setiap panggilan /videos.</translation>
    </message>
    <message>
        <source>framefit-mock-server: cannot listen on 127.0.0.1 port %1</source>
        <translation>framefit-mock-server: tidak dapat mendengarkan di 127.0.0.1 port %1</translation>
    </message>
</context>
</TS>

"""Article and look-alike paragraphs of the fresh text harness (tests/generalisation_fresh_text) in
Finnish, written after that language's file, by the same hand."""
from __future__ import annotations

ARTICLE_ADDED = {
    "fi": [
        "Pirkanmaan käräjäoikeus tuomitsi torstaina kaupungin liikelaitoksen entisen talousjohtajan neljän vuoden vankeuteen törkeästä kavalluksesta.",
        "Syyttäjän mukaan mies hyväksyi kolmen vuoden ajan olemattoman konsulttiyrityksen laskuja ja siirsi rahat veljensä tilille.",
        "Kotijoukkue meni johtoon jo kymmenennellä minuutilla, mutta vieraat tasoittivat ennen taukoa ja ratkaisivat ottelun jatkoajalla vapaapotkusta.",
        "Helsingin yliopiston tutkijat löysivät Lapin tunturijärven pohjasedimentistä tuntemattoman bakteerikannan, joka on todennäköisesti yli kymmenentuhatta vuotta vanha.",
        "Kaupunginvaltuusto hyväksyi pitkän keskustelun jälkeen uuden uimahallin rakentamisen rautatieaseman viereen, ja työt alkavat syksyllä.",
        "Meteorologit varoittavat, että Pohjois-Suomeen on luvassa runsasta lumisadetta ja kovaa tuulta viikonloppuna, ja kehottavat autoilijoita lykkäämään matkojaan.",
        "Konepajayhtiön liikevaihto kasvoi kolmannella neljänneksellä kaksitoista prosenttia etenkin Saksasta ja Puolasta saatujen suurten tilausten ansiosta.",
    ],
    "nb": [
        "Bergen tingrett dømte torsdag en tidligere økonomisjef i et kommunalt foretak til fire års fengsel for grovt underslag.",
        "Ifølge tiltalen godkjente mannen i tre år fakturaer fra et fiktivt konsulentselskap og overførte pengene til brorens konto.",
        "Hjemmelaget tok ledelsen allerede etter ti minutter, men bortelaget utlignet før pause og avgjorde kampen på overtid med et direkte frispark.",
        "Forskere ved Universitetet i Tromsø har funnet en ukjent bakteriestamme i sedimentene i en fjellsjø på Finnmarksvidda, trolig over ti tusen år gammel.",
        "Bystyret vedtok etter en lang debatt å bygge en ny svømmehall ved jernbanestasjonen, og arbeidet skal etter planen starte til høsten.",
        "Meteorologene varsler kraftig snøfall og sterk vind i fjellet i helgen og ber bilistene om å utsette unødvendige reiser.",
        "Verkstedselskapet økte omsetningen med tolv prosent i tredje kvartal, først og fremst takket være store bestillinger fra Tyskland og Polen.",
    ],
    "id": [
        "Pengadilan Negeri Surabaya pada Kamis menjatuhkan vonis empat tahun penjara kepada mantan direktur keuangan sebuah perusahaan daerah karena penggelapan dana.",
        "Menurut dakwaan, selama tiga tahun pria itu menyetujui tagihan dari perusahaan konsultan fiktif dan mentransfer uangnya ke rekening adiknya.",
        "Tuan rumah unggul sejak menit kesepuluh, namun tim tamu menyamakan kedudukan sebelum turun minum dan memastikan kemenangan lewat tendangan bebas di masa tambahan waktu.",
        "Para peneliti Universitas Gadjah Mada menemukan galur bakteri yang belum dikenal di endapan sebuah danau vulkanik di Jawa Tengah, yang diperkirakan berusia lebih dari sepuluh ribu tahun.",
        "Setelah perdebatan panjang, DPRD kota menyetujui pembangunan kolam renang tertutup baru di dekat stasiun kereta, dan pekerjaan dijadwalkan dimulai tahun depan.",
        "BMKG memperingatkan potensi hujan lebat disertai angin kencang di wilayah pesisir selatan pada akhir pekan dan meminta pengendara menunda perjalanan yang tidak mendesak.",
        "Produsen mesin itu mencatat kenaikan pendapatan sebesar dua belas persen pada kuartal ketiga, terutama berkat pesanan besar dari Jepang dan Korea Selatan.",
    ],
}
LOOKALIKES_ADDED = {
    "fi": [
        "Naapureiden ottamissa kuvissa näkyy, miten varaston katto romahtaa vain muutama minuutti ensimmäisen paloauton saapumisen jälkeen.",
        "Kuukausilippu maksaa maaliskuusta alkaen 69 euroa, liikennöitsijä kertoi ja vetosi energian hintaan.",
        "Ensimmäistä juttuamme kommentoineet lukijat huomauttivat, että silta on ollut tänä talvena suljettuna jo kahdesti.",
    ],
    "nb": [
        "Bilder tatt av naboer viser hvordan taket på lageret raser sammen bare få minutter etter at den første brannbilen kom fram.",
        "Et månedskort vil koste 890 kroner fra mars, opplyser trafikkselskapet, som viser til dyrere strøm.",
        "Lesere som kommenterte vår første sak, påpekte at brua allerede har vært stengt to ganger i vinter.",
    ],
    "id": [
        "Foto yang diambil warga memperlihatkan atap gudang runtuh hanya beberapa menit setelah mobil pemadam kebakaran pertama tiba.",
        "Tarif langganan bulanan bus akan naik menjadi Rp150.000 mulai Maret, kata operator, dengan alasan kenaikan harga bahan bakar.",
        "Pembaca yang memberi komentar pada laporan pertama kami menunjukkan bahwa jembatan itu sudah dua kali ditutup selama musim hujan ini.",
    ],
}

"""Malay (cleaners/lang/ms.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Jambatan baharu merentasi Sungai Klang dibuka selepas tiga tahun pembinaan"
ARTICLE = ["Majlis Bandaraya Shah Alam pada Selasa merasmikan jambatan baharu merentasi Sungai Klang "
           "yang dijangka mengurangkan kesesakan lalu lintas di pusat bandar.",
           "Pembinaan mengambil masa tiga tahun dan menelan belanja hampir RM180 juta, dengan "
           "sebahagian besar peruntukan datang daripada kerajaan persekutuan.",
           "Penduduk kawasan sekitar berpuas hati, walaupun kerja-kerja menaik taraf jalan masuk "
           "dijangka berterusan sehingga hujung tahun."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "ms", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Oleh: Ahmad Zaki", "byline"),
    ("Oleh Nur Aisyah Rahman dan Ahmad Zaki", "byline"),
    ("Diterbitkan: 14 Mac 2026, 7:05 petang", "date-line"),
    ("Foto: Ahmad Zaki/Bernama", "photo-credit"),
    ("Sumber: Bernama", "original-source"),
    ("Baca juga: Majlis bandaraya luluskan bajet baharu", "related-story"),
    ("Berita berkaitan|Majlis bandaraya luluskan bajet baharu|Banjir putuskan hubungan kampung di "
     "kawasan tanah tinggi", "related-story"),
    ("Kongsi: Facebook · X · WhatsApp", "share-row"),
    ("Hak cipta terpelihara.", "copyright"),
    ("© 2026 Berita Selangor. Hak cipta terpelihara. Sebarang penggunaan kandungan tanpa kebenaran "
     "bertulis adalah dilarang.", "copyright"),
    ("Pandangan yang dinyatakan dalam artikel ini adalah pandangan penulis dan tidak semestinya "
     "mencerminkan pendirian sidang pengarang.", "disclaimer"),
    ("Artikel ini dihasilkan dengan bantuan kecerdasan buatan dan telah disemak oleh editor.", "disclaimer"),
    ("Laman ini menggunakan kuki untuk memberikan pengalaman yang lebih baik. Dengan terus melayari "
     "laman ini, anda bersetuju dengan penggunaan kuki.", "disclaimer"),
    ("Langgan surat berita kami dan dapatkan berita terkini terus ke e-mel anda.", "newsletter"),
    ("Ikuti kami di Facebook dan Instagram.", "social"),
    ("Muat turun aplikasi kami untuk Android dan iOS.", "app-download"),
    ("Sokong kewartawanan bebas: jadilah ahli serendah RM10 sebulan.", "donation-appeal"),
    ("Masa bacaan: 4 minit", "reading-time"),
    ("Artikel ini bersambung di bawah iklan", "ad-label"),
    ("Tag: Shah Alam, Sungai Klang, lalu lintas", "taxonomy-line"),
    ("Ruangan komen ditutup.", "comment-prompt"),
    ("Artikel ini khas untuk pelanggan.", "paywall"),
    ("Laman Utama » Berita » Nasional", "breadcrumb"),
    ("Jika anda suka artikel ini, kongsikan dengan rakan anda.", "liked-this"),
    ("Artikel ini pertama kali diterbitkan di portal Malaysiakini.", "original-source"),
    ("Paling popular|1. Majlis bandaraya luluskan bajet baharu|2. Banjir putuskan hubungan kampung di "
     "kawasan tanah tinggi", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Oleh kerana hujan lebat, kerja-kerja pembinaan terpaksa ditangguhkan beberapa minggu.",
    "Sumber air utama bandar itu datang dari empangan di hulu sungai.",
    "Sokong produk tempatan, kata menteri ketika merasmikan pasar tani.",
    "Komen ahli politik mengenai keputusan itu berbeza-beza, manakala pembangkang menuntut perbahasan baharu.",
    "Ikuti perkembangan lalu lintas, pesan polis kepada pemandu di jalan pintas.",
    "Paling popular tahun ini ialah novel jenayah, menurut satu kajian.",
    "Iklan jawatan kosong untuk projek jambatan itu disiarkan pada Januari.",
    "Hak pekerja akan dilindungi sepenuhnya, janji menteri.",
    "Kuki untuk majlis perasmian dibakar oleh pelajar sekolah berhampiran.",
    "Penulis buku sejarah bandar itu ialah Ahmad Zaki dari Klang.",
    "Kongsi pendapat anda dengan kami, kata datuk bandar dalam perhimpunan penduduk.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Komen (2)|Ahmad Faizal - 3 jam yang lalu|Akhirnya, kami tunggu sepuluh tahun.|Balas|Siti Aminah "
     "- 5 jam yang lalu|Sayang tiada laluan basikal.|Balas",
     ["Ahmad Faizal", "Siti Aminah"]),
    ("Komen|Ahmad Faizal berkata:|Akhirnya, kami tunggu sepuluh tahun.|Siti Aminah berkata:|Sayang sekali.",
     ["Ahmad Faizal", "Siti Aminah"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Belum ada komen. Jadilah yang pertama memberi komen!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Oleh: Ahmad Zaki",
                 "Masa bacaan: 4 minit",
                 "Foto: Siti Aminah/Bernama",
                 "Baca juga: Bandar raya dapat pasar baharu",
                 "Sokong kewartawanan bebas. Setiap sumbangan bermakna.",
                 "Ikuti kami di Facebook dan Instagram.",
                 "Langgan surat berita kami.",
                 "Hak cipta terpelihara.",
                 "Kongsi: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Datuk Bandar berkata jambatan baharu itu akan mempunyai laluan khas "
                            "untuk penunggang basikal dan pejalan kaki.",
                            "Dianggarkan lebih dua puluh ribu kenderaan akan menggunakan jambatan itu "
                            "setiap hari."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "ms", text, paragraphs, TITLE)     # no declared language: detected

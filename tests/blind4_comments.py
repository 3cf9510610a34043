"""Reader comments per language for the fourth blind harness (written for it), and a pool of
commenter names / handles as they are shown on pages."""

COMMENTS = {
    "en": ["About time. I have been driving two hours a day because of this mess.", "Who is going to pay for it in the end? We are, as always.", "Great news for the town, hope they keep the promise this time.", "Same story every year, nothing changes."],
    "de": ["Endlich tut sich etwas, wir warten seit Jahren darauf.", "Und wer bezahlt das am Ende? Natürlich wieder wir Bürger.", "Gute Nachricht, hoffentlich halten sie den Zeitplan ein.", "Das glaube ich erst, wenn ich es sehe."],
    "fr": ["Il était temps, cela fait des années qu'on attend.", "Et qui va payer tout ça au final ? Les contribuables, comme d'habitude.", "Bonne nouvelle pour la vallée, espérons que les délais seront tenus.", "Toujours les mêmes promesses avant les élections."],
    "es": ["Ya era hora, llevamos años esperando algo así.", "¿Y quién lo va a pagar al final? Nosotros, como siempre.", "Buena noticia para el pueblo, ojalá cumplan los plazos.", "Lo creeré cuando lo vea."],
    "ru": ["Наконец-то, мы ждали этого несколько лет.", "А кто за это заплатит? Опять мы с вами.", "Хорошая новость, лишь бы не затянули сроки.", "Поверю, когда сам увижу."],
    "pl": ["Najwyższy czas, czekamy na to od lat.", "A kto za to zapłaci? Jak zwykle my.", "Dobra wiadomość, oby dotrzymali terminów.", "Uwierzę, jak zobaczę."],
    "tr": ["Nihayet, yıllardır bunu bekliyorduk.", "Peki bunun parasını kim ödeyecek? Yine biz.", "Güzel haber, umarım söz verdikleri gibi biter.", "Görmeden inanmam."],
    "vi": ["Cuối cùng cũng có, chờ mãi rồi.", "Rồi ai trả tiền cho việc này? Vẫn là dân thôi.", "Tin vui cho người đi làm xa, mong làm đúng tiến độ.", "Thấy tận mắt mới tin được."],
    "id": ["Akhirnya, sudah lama kami tunggu.", "Lalu siapa yang bayar? Ya rakyat lagi.", "Kabar baik, semoga selesai tepat waktu.", "Saya baru percaya kalau sudah lihat sendiri."],
    "ar": ["أخيراً، انتظرنا هذا سنوات طويلة.", "ومن سيدفع الثمن في النهاية؟ نحن كالعادة.", "خبر جميل، نتمنى الالتزام بالمواعيد.", "لن أصدق حتى أرى ذلك بعيني."],
    "sq": ["Më në fund, e prisnim prej vitesh.", "Po kush do ta paguajë? Ne si gjithmonë.", "Lajm i mirë, shpresoj ta mbarojnë në kohë.", "Do ta besoj kur ta shoh."],
    "is": ["Loksins, við höfum beðið eftir þessu í mörg ár.", "Og hver borgar á endanum? Við, eins og alltaf.", "Góðar fréttir, vonandi standast tímaáætlanir.", "Ég trúi því þegar ég sé það."],
    "mk": ["Конечно, ова го чекаме со години.", "А кој ќе плати на крајот? Ние, како и секогаш.", "Добра вест, се надевам дека ќе заврши навреме.", "Ќе поверувам кога ќе видам."],
    "uz": ["Nihoyat, buni yillardan beri kutgandik.", "Oxirida kim to'laydi? Yana biz.", "Yaxshi xabar, o'z vaqtida bitsin.", "O'z ko'zim bilan ko'rsam ishonaman."],
    "cy": ["O'r diwedd, rydyn ni wedi aros blynyddoedd.", "A phwy sy'n talu yn y pen draw? Ni, fel arfer.", "Newyddion da, gobeithio y byddan nhw'n cadw at yr amserlen.", "Gredaf i pan welaf i."],
}

NAMES = ["Maria K.", "jonas_w", "Ahmed Salem", "Lena Fischer", "tomek82", "Nguyễn Văn An", "Ayşe Demir",
         "Olga P.", "Carlos Ruiz", "Sigríður", "Arben Hoxha", "Dilnoza", "Gareth Jones", "Budi Santoso",
         "Петар Н.", "anon1979", "Fatima Z.", "Kasia", "Pierre L.", "mehmet_k"]

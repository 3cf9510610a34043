"""Prose and page furniture of the fourth blind page harness: Spanish, Polish, Russian (format: ``page_blind4_prose_a``)."""
from tests.page_blind4_words import parse

ES = parse("""
## s
La planta desaladora de Cala Morena empezará a funcionar a pleno rendimiento este verano.
El municipio lleva tres años seguidos con restricciones de agua entre julio y septiembre.
Los pozos del acuífero se han salinizado porque se extrajo más agua de la que entraba.
La nueva planta podrá producir 40000 metros cúbicos diarios, suficiente para toda la comarca.
Su consumo eléctrico se cubrirá en parte con un parque solar instalado en una antigua cantera.
Los pescadores temen que la salmuera devuelta al mar dañe las praderas de posidonia.
«Nadie nos ha enseñado todavía los estudios sobre el vertido», afirmó Ramón Ferrer, patrón de la cofradía.
La empresa pública responsable asegura que el agua de rechazo se diluirá con un difusor a dos kilómetros de la costa.
El proyecto ha costado 96 millones de euros, financiados en gran parte con fondos europeos.
Los regantes de la huerta también esperan recibir una parte del agua a un precio reducido.
Sin embargo, el precio final del metro cúbico todavía no se ha fijado.
Las asociaciones de vecinos piden que la factura de los hogares no suba más de un diez por ciento.
La alcaldesa, Nuria Balaguer, ha prometido una tarifa social para las familias con menos ingresos.
Durante las pruebas de invierno, la planta funcionó sin incidencias durante seis semanas.
Un grupo de biólogos de la universidad vigilará las praderas marinas durante los próximos cinco años.
Los primeros resultados de ese seguimiento se publicarán a finales del año que viene.
Mientras tanto, el ayuntamiento mantiene la campaña para reducir el consumo en jardines y piscinas.
Ramón Ferrer dice que la cofradía presentará alegaciones si los estudios no llegan antes del verano.
## h
Un acuífero agotado
Dudas en el puerto
Cuánto costará el agua
Los próximos meses
## hl
El ayuntamiento amplía el horario del centro de salud
Cortes de tráfico por las fiestas patronales
Nuevo carril bici entre el puerto y la playa
La biblioteca estrena un club de lectura juvenil
El mercado municipal abrirá también los domingos
## names
Lucía Montoro
Javier Salcedo
## ing
400 g de arroz bomba
1 sepia limpia y troceada
2 tomates rallados
1 litro de caldo de pescado
1 cucharadita de pimentón dulce
## steps
Sofríe la sepia en una paellera con un chorro de aceite.
Añade el tomate y el pimentón y remueve durante dos minutos.
Incorpora el arroz, rehógalo y vierte el caldo caliente.
Cuece dieciocho minutos sin remover y deja reposar antes de servir.
## w
by=Por
read={n} min de lectura
nav=Portada|Actualidad|Deportes|Economía|Cultura|El tiempo
cookie=Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad personalizada.
accept=Aceptar todas
news_h=El boletín de la mañana
news_t=Las noticias más importantes de la comarca, cada mañana en tu correo.
signup=Suscribirme
pay=Suscríbete para seguir leyendo. El primer mes es gratis y puedes cancelar cuando quieras.
ad=Publicidad
related=Noticias relacionadas
most=Lo más leído
share=Compartir la noticia
copy=Copiar enlace
comments={n} comentarios
also=Lee también
tags=Temas
photo=Foto
contents=Índice
refs=Referencias
notes=Notas
edit=editar
keys=Ubicación|Inauguración|Capacidad|Gestión
ing_h=Ingredientes
steps_h=Elaboración
serves=4 raciones · Preparación 20 min · Cocción 25 min
jump=Ir a la receta
rate={n} valoraciones
live=En directo
updated=Actualizado hace {n} minutos
key=Lo más importante
contact=Contacto de prensa
about=La empresa pública de aguas gestiona el abastecimiento de once municipios de la costa.
release=Nota de prensa
helpful=¿Te ha resultado útil esta página?
rights=Todos los derechos reservados.
follow=Síguenos
top=Volver arriba
cite=Cita esta entrada
bio={name} escribe sobre medio ambiente y el litoral.
thanks=¡Gracias por leer! Suscríbete gratis para recibir las nuevas entradas.
member=Solo para miembros
listen=Escuchar
source=Fuente
download=Descargar los datos
counter=Eres el visitante número {n}
lastup=Última actualización
""")

PL = parse("""
## s
Prom na Wiśle między Kępą a Nowym Brzegiem wróci na rzekę po trzech latach przerwy.
Stara jednostka została wycofana, gdy inspektorzy wykryli pęknięcia w kadłubie.
Od tamtej pory mieszkańcy muszą jechać do mostu oddalonego o ponad czterdzieści kilometrów.
Nowy prom zbudowała stocznia w Tczewie i może on przewieźć jednocześnie osiem samochodów.
Napęd jest elektryczny, a akumulatory ładowane są w nocy przy przystani w Kępie.
Gmina zapłaciła za jednostkę 6,8 miliona złotych, w tym pieniądze z programu rządowego.
„Wreszcie dzieci nie będą musiały wstawać o piątej, żeby zdążyć do szkoły”, mówi sołtyska Halina Wróbel.
Rolnicy z drugiego brzegu liczą, że łatwiej będzie im dowozić mleko do spółdzielni.
Prom będzie kursował od kwietnia do listopada, co pół godziny w godzinach szczytu.
Przy wysokim stanie wody kursy mogą być jednak wstrzymywane nawet na kilka dni.
Wójt gminy Tadeusz Kowalik zapowiada, że bilety dla mieszkańców pozostaną bezpłatne.
Turyści zapłacą dziesięć złotych za samochód i dwa złote za rower.
Przystań w Nowym Brzegu przeszła remont, a obok powstał mały parking.
Przyrodnicy zwracają uwagę, że w pobliżu gniazdują rybitwy i sieweczki.
Dlatego w maju i czerwcu prom będzie płynął wolniej przy piaszczystej łasze.
Pierwszy kurs zaplanowano na sobotę przed Wielkanocą, z udziałem orkiestry strażackiej.
Mieszkańcy mają też wybrać w głosowaniu nazwę dla nowej jednostki.
Halina Wróbel zgłosiła już propozycję, by prom nazwać imieniem dawnego przewoźnika.
## h
Trzy lata bez przeprawy
Ile kosztuje prom
Przyroda nad rzeką
Co dalej
## hl
Remont drogi powiatowej potrwa do jesieni
Szkoła w Kępie dostanie nową salę gimnastyczną
Festyn rodzinny nad Wisłą w najbliższą niedzielę
Ośrodek zdrowia wydłuża godziny przyjęć
Nowy rozkład jazdy autobusów od poniedziałku
## names
Agnieszka Lis
Marek Zawada
## ing
1 kg kapusty kiszonej
300 g kiełbasy
200 g boczku
5 suszonych grzybów
2 łyżki koncentratu pomidorowego
## steps
Kapustę odcedzić, pokroić i zalać niewielką ilością wody.
Grzyby namoczyć, pokroić i dodać do kapusty razem z wodą.
Kiełbasę i boczek podsmażyć, a następnie przełożyć do garnka.
Dusić na małym ogniu co najmniej dwie godziny, mieszając od czasu do czasu.
## w
by=Autor:
read={n} min czytania
nav=Strona główna|Wiadomości|Sport|Biznes|Kultura|Pogoda
cookie=Używamy plików cookie, aby ułatwić korzystanie z serwisu i wyświetlać dopasowane reklamy.
accept=Akceptuję wszystkie
news_h=Poranny newsletter
news_t=Najważniejsze wiadomości z regionu codziennie rano w Twojej skrzynce.
signup=Zapisz się
pay=Wykup subskrypcję, aby czytać dalej. Pierwszy miesiąc za darmo.
ad=Reklama
related=Powiązane artykuły
most=Najczęściej czytane
share=Udostępnij artykuł
copy=Kopiuj link
comments={n} komentarzy
also=Przeczytaj także
tags=Tematy
photo=Fot.
contents=Spis treści
refs=Bibliografia
notes=Przypisy
edit=edytuj
keys=Miejsce|Otwarcie|Długość|Operator
ing_h=Składniki
steps_h=Przygotowanie
serves=4 porcje · Przygotowanie 30 min · Gotowanie 2 godz.
jump=Przejdź do przepisu
rate={n} ocen
live=Na żywo
updated=Zaktualizowano {n} minut temu
key=Najważniejsze informacje
contact=Kontakt dla mediów
about=Urząd Gminy obsługuje mieszkańców dwunastu sołectw położonych po obu stronach rzeki.
release=Komunikat prasowy
helpful=Czy ta strona była pomocna?
rights=Wszelkie prawa zastrzeżone.
follow=Obserwuj nas
top=Do góry
cite=Cytuj ten wpis
bio={name} pisze o sprawach regionu i życiu nad Wisłą.
thanks=Dziękuję za lekturę! Zapisz się za darmo, aby otrzymywać nowe wpisy.
member=Tylko dla członków
listen=Posłuchaj
source=Źródło
download=Pobierz dane
counter=Jesteś gościem nr {n}
lastup=Ostatnia aktualizacja
""")

RU = parse("""
## s
В Северогорске начали менять трубы теплосети, которые прокладывали ещё в 1970-х годах.
Прошлой зимой из-за аварий без отопления несколько раз оставались целые кварталы.
Самой тяжёлой стала январская ночь, когда на улице было минус тридцать восемь градусов.
Тогда жителей двух пятиэтажек пришлось временно разместить в спортивной школе.
Теперь городская администрация обещает заменить за три года почти сорок километров труб.
Новые трубы покрыты слоем пенополиуретана и, по расчётам, теряют вдвое меньше тепла.
«Мы наконец перестанем латать одно и то же место каждую осень», — сказал главный инженер Виктор Самойлов.
На работы выделено около 2,3 миллиарда рублей из регионального и федерального бюджетов.
Летом во многих дворах будут раскопаны траншеи, и горячую воду отключат на две недели.
Жители уже жалуются, что график отключений публикуют слишком поздно.
Пенсионерка Галина Петровна Зуева говорит, что узнала о ремонте из объявления на двери подъезда.
В администрации пообещали рассылать уведомления через городское приложение и по почте.
Параллельно котельная на улице Строителей переходит с мазута на природный газ.
Это должно уменьшить выбросы и сажу, на которую годами жаловались соседи.
Первый участок, от котельной до больницы, планируют сдать уже к октябрю.
Подрядчика выбрали на открытом конкурсе, в котором участвовали пять компаний.
Депутаты городской думы создали рабочую группу, которая будет проверять ход работ.
Виктор Самойлов уверяет, что следующая зима пройдёт заметно спокойнее.
## h
Зима, которую запомнили
Что изменится
Неудобства на лето
Кто будет следить за работами
## hl
В городе откроют новый каток у набережной
Автобусный маршрут № 7 продлят до аэропорта
Библиотека получила грант на оцифровку архива
В школах области начались каникулы
Мост через Северку закроют на ремонт
## names
Анна Кравцова
Дмитрий Лапин
## ing
500 г говядины
3 свёклы среднего размера
2 картофелины
половина кочана капусты
1 ложка томатной пасты
## steps
Сварите бульон из говядины на медленном огне за полтора часа.
Натрите свёклу и потушите её с томатной пастой десять минут.
Добавьте в бульон картофель и капусту и варите пятнадцать минут.
Положите свёклу, доведите до кипения и дайте постоять под крышкой.
## w
by=Автор:
read={n} мин чтения
nav=Главная|Новости|Спорт|Экономика|Культура|Погода
cookie=Мы используем файлы cookie, чтобы сайт работал лучше и реклама была интереснее.
accept=Принять все
news_h=Утренняя рассылка
news_t=Главные новости города каждое утро в вашем почтовом ящике.
signup=Подписаться
pay=Оформите подписку, чтобы читать дальше. Первый месяц бесплатно.
ad=Реклама
related=Читайте по теме
most=Самое читаемое
share=Поделиться статьёй
copy=Скопировать ссылку
comments={n} комментариев
also=Читайте также
tags=Теги
photo=Фото
contents=Содержание
refs=Литература
notes=Примечания
edit=править
keys=Расположение|Построено|Протяжённость|Владелец
ing_h=Ингредиенты
steps_h=Приготовление
serves=6 порций · Подготовка 20 мин · Варка 2 ч
jump=Перейти к рецепту
rate={n} оценок
live=Онлайн
updated=Обновлено {n} минут назад
key=Главное
contact=Контакты для прессы
about=Администрация города отвечает за жилищно-коммунальное хозяйство и городской транспорт.
release=Пресс-релиз
helpful=Была ли эта страница полезной?
rights=Все права защищены.
follow=Мы в соцсетях
top=Наверх
cite=Как цитировать
bio={name} пишет о городском хозяйстве и жизни на Севере.
thanks=Спасибо, что читаете! Подпишитесь бесплатно, чтобы получать новые посты.
member=Только для подписчиков
listen=Слушать
source=Источник
download=Скачать данные
counter=Вы посетитель № {n}
lastup=Последнее обновление
""")

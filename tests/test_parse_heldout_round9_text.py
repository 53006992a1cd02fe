"""Held-out round 9a: salaries inside free text (job descriptions) and multi-line cards.

The gold is the first base salary of the whole text; the other figures of a description (ages,
years of experience, headcounts, dates, times, addresses, postcodes, company capital, areas,
bonuses and allowances) are no salary. Rows were written before they were run.

Sources (snippets shortened to the sentences that matter; cards rebuilt from a row's fields,
one per line, in the board's order):

* ``Bolonzhang/horti_job`` ``lagou_jobs.csv`` (拉勾: 公司, 职位, 工资, … and 职位描述) and
  ``boss_jobs.csv`` (Boss直聘: the row's fields as a card, 职位描述 and 公司介绍);
* ``sadxdh/python_boss`` ``boss.csv`` (Boss直聘 cards: the salary before the company's
  "未融资20-99人" chip, a title that starts with its pay "底薪20K 双休 python", daily intern pay
  "200-250元/天" before "4天/周3个月");
* ``TaniaGA01/Jobs-list`` ``src/services/fakers/jobsFakers.ts`` (France Travail offers:
  ``description`` sentences, and cards of ``intitule`` / ``lieuTravail`` / ``salaire.libelle`` /
  ``dureeTravailLibelle``);
* ``ry-2456/offer_box_scraping`` ``data_dir/kansai20200914.csv`` (求人ボックス cards whose titles
  carry figures: "年間休日123日 賞与4.5か月分", "残業代100%支給", "月給41万以上で…");
* a public Indeed scraper's test fixture (``IndeedScrapperTest``: a French description flattened
  to one line, "Rémunération : Temps plein 35h : 1700 e brut … Salaire : à partir de 1 700,00€
  par mois");
* ``iamprashantjain/indeed_job_posting_websraping`` ``indeed.csv`` (Indeed US cards: Job Title,
  Company Name, Location, Salary, Description, Post Date; an empty Salary field kept as an
  empty line);
* short French job-ad sentences found by code search in public repositories (job-board
  fixtures and test prompts: "Salaire : Entre 50 000 et 60 000 brut annuel",
  "Rémunération : selon convention collective").

``VARIANTS`` holds descriptions written in the same boards' formats (Indeed "Pay:" blocks,
France Travail "Salaire :" sentences, 岗位职责 / 任职要求 / 薪资待遇 blocks, 求人ボックス 【給与】
blocks) with a trap before the salary. ``FIXED`` holds the formats this round taught the
engine, each with siblings:

* a shift or night differential, a relocation package or assistance, and a bonus named by what
  it rewards ("$500 referral bonus", "$2,500 hiring bonus, $19.50/hr", "retention bonus") are
  other pay, not base pay ("Shift differential: $2/hr for nights. Base rate: $18/hr.");
* a period word that closes its sentence ("… 2 jours de télétravail par semaine. 45-50k€") is
  said of what stands before it, not of the amount of the next sentence;
* a meal allowance ("primes de panier", "indemnité de panier", "panier repas") is other pay; a
  work schedule ("en horaire journée", "en horaires décalés") names no hourly rate; an amount
  joined by "et" / "and" to an other-pay amount of the same clause, with no word of its own,
  is that same pay ("primes de panier par jour : 11EUR en horaire journée et 22EUR en horaires
  décalés");
* in a card, a word lines below the salary (the company's "不需要融资" funding chip) is no
  qualifier of it: only the line right after the amount may hold its words;
* the euro written "e" before a gross / net word or a period ("1700 e brut", "1 500 e net par
  mois", "12 e/h"), in French;
* a letter glued to a figure ("Paris 15e, 2000 € brut") is an ordinal, not the join word "e"
  (and) of a range: it read 15–2 000;
* "competitive pay" in Chinese (有竞争力的薪资, 具有竞争力的薪酬) alone is negotiable, like
  "competitive" and "待遇优厚".

Debatable, left as the engine reads them: "Earn up to $1,200 per week with tips! Base pay
$10/hr." is read as up to 1 200 a week (earnings with tips, said first); "Drivers average
$1,500/week. Pay: $0.55 - $0.65 per mile" as 1 500 a week (there is no per-mile period);
"保底工资6000，上不封顶" (a guaranteed floor, "no ceiling") is an open range from 6 000; a
probation or training rate written first is the reading ("学习培训期，3000元/月 … 调薪至4000元/月"
is 3 000); "平均月薪12000以上" is an open range marked as a mean; "1700 e brut … Salaire : à
partir de 1 700,00€ par mois" is the first mention, 1 700 (not "from 1 700").
"""

from __future__ import annotations

import pytest
from examples_helpers import CN, FR, JP, NEG, PC, US, C, E, Example, N, P, check, gap, table

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

ZH = table(
    # lagou_jobs.csv (horti_job): 职位描述, and cards of the row's fields
    E('【工作时间】\n8:00~20:00  20:00~8:00两班倒\n【工作要求】\n1. 16~23岁、身体健康\n2. 有较强沟通能力及服务意识、吃苦耐劳\n【工作福利】\n1. 工资18元一小时\n2. 夜班补贴20元', 18, 18, 'CNY', 'hour', inferred=P, hints=CN),
    E('三、福利待遇\n1、入职后的前六个月为学习培训期，3000元/月。\n2、学习培训期结束后，考核合格达岗位要求的，派驻相应事业部，调薪至4000元/月', 3000, 3000, 'CNY', 'month', hints=CN),
    E('岗位名称：作物技术营销专员\n需求人数：20人\n工作地点：广东、广西、四川、浙江\n  二、岗位要求\n1、本科生或以上。\n  三、福利待遇\n1、入职后的前六个月为学习培训期，3000元/月。', 3000, 3000, 'CNY', 'month', hints=CN),
    E('薪资福利：基本工资+提成+年终奖（包吃住），平均月薪12000以上，\n  欢迎【应届毕业生】前来实习，薪资3000，有能力者立即转正\n  工作时间：8:30至17:30，16:00至1:00，两班轮，做六休一', 12000, None, 'CNY', 'month', statistic='mean', inferred=C, hints=CN),
    N('职位要求：\n1.22-25岁，大专以上学历，物业专业的优秀应届生\n工作地点：长沙市岳麓区麓谷\n福利待遇：五险 年底双薪  包吃 加班补助 节假日福利', CN),
    N('任职要求：\n1、25-45岁；\n2、园艺、园林等相关专业，中专及以上学历；', CN),
    N('包吃包住，每天工作8小时。', CN),
    N('4、薪酬待遇底薪+高提成！！ \n5、代运营勿扰~', CN),
    N('1.熟悉电脑基本操作，熟悉常用办公软件，阿里旺旺及各类聊天工具，打字速度50字每分钟以上.', CN),
    N('工作时间：早上9:00--下午17:00，周末双休', CN),
    N('工作地址:上海市宝山区月浦镇聚发路59号爱萌多肉。', CN),
    E('预期年薪：入职**年约6万；第二年约6—8万。', 60000, 60000, 'CNY', 'year', approximate=True, inferred=C, hints=CN),
    E('区域销售经理/事业部部长方向，成为事业合伙人，预期年收入10-30万，且享有相应住房和车辆福利。', 100000, 300000, 'CNY', 'year', inferred=C, hints=CN),
    N('5、入职满3年，经升级试考核，达区域副经理/经理的能力要求，公司提供6万元购房首付补贴。', CN),
    E('露西花卉园艺有限责任公司\n花卉园艺生产技术员-北京\n3k-4k\n北京\n经验不限\n大专及以上', 3000, 4000, 'CNY', 'month', inferred=PC, hints=CN),
    E('中百罗森\n中百罗森18元一小时收银员...\n3k-5k\n武汉\n经验不限', 18, 18, 'CNY', 'hour', inferred=P, hints=CN),
    E('天禾谷旅游文化\n园艺主管\n4k-5k\n资阳\n经验1-3年\n学历不限', 4000, 5000, 'CNY', 'month', inferred=PC, hints=CN),
    E('塔莎花园直播\n急招淘宝直播（园艺方向）\n7k-14k\n嘉兴\n经验3-5年\n本科及以上\n1年2次晋升机会、领导nice、培训体系', 7000, 14000, 'CNY', 'month', inferred=PC, hints=CN),
    N('2、我们需要园艺专业毕业，能了解10种以上常见的家庭花卉养护的你。', CN),
    N('1、1年以上微信独立运营策划相关工作经验，熟悉市场推广', CN),
    E('杰士农科\n作物技术营销专员\n4k-6k\n江门\n经验应届毕业生\n本科及以上\n绩效奖金、工作氛围好、房车福利', 4000, 6000, 'CNY', 'month', inferred=PC, hints=CN),
    N('1.本科学历以上，24-30周岁，责任心强，能吃苦耐劳；', CN),
    N('1.园林、园艺、林学、农学植保等相关专业大专及以上学历；\n2.年龄23-45周岁，能吃苦耐劳，能适应出差；', CN),
    # boss_jobs.csv (horti_job): cards, 职位描述 and 公司介绍
    E('工作内容：主要从事室内盆栽植物养护1、带队对苏州区域客户摆放的植物进行浇水、修剪、施肥等养护工作，合理安排下属队员工作内容。2、及时观察并记录植物的长势情况，发送养护日志。3、独立负责我公司摆放在客户单位的所有植物健康生长。4、主管薪资由基本工资➕业绩提成，年收入8-12万。 任职要求：1、有C1以上驾照，能独立安全驾驶准驾车型汽车。', 80000, 120000, 'CNY', 'year', inferred=C, hints=CN),
    E('发展空间：有晋升项目经理空间，项目经理享受工资+提成+分红（年薪10-20万）。', 100000, 200000, 'CNY', 'year', inferred=C, hints=CN),
    E('主要制作高档柏树舍利雕刻水线造型等等，本园有上万柯大型柏树等上万柯松和各种树材，目前是中国最大盆景园之一。学徒头三个月试用期工资2000－3000过了试用期将转入正式内门学徒', 2000, 3000, 'CNY', 'month', inferred=C, hints=CN),
    N('关于工资：正式员工的试用期为1-3个月；作品数据表现优异课提前转正；试用期工资是转正后正式工资的80%；', CN),
    N('单 位 简 介 一、单位情况清远市牛鱼嘴生态旅游发展有限公司成立于2004年2月，位于清远市清城区东城街办江埗村，注册资本1139万元人民币，现有员工50多人。', CN),
    N('苏州植恋园艺科技有限公司于2019年8月成立，注册资本200万元，专注销售、研发设计园艺工具', CN),
    N('富力地产作为多元化发展集团，核心业务覆盖地产经营全链条。截至2018年6月，富力拥有权益土地储备约5,700万平方米。', CN),
    N('公司在北京金奇树花卉市场拥有3000平方绿植周转基地，在大兴区黄村镇拥有花卉繁育基地。', CN),
    N('任职要求：1、年龄20-50岁。2年以上花卉种植工作经验；2、植物保护、园林绿化相关专业，高中以上学历；5、公司包食宿。', CN),
    N('到目前已有1936家高端别墅花园业主选择我们', CN),
    N('福利待遇：1、丰厚的薪资组成：底薪+节日福利+全勤奖+其他额外奖金+社保等。2、员工均可享受国家规定的各种法定假期', CN),
    E('石狮市春满园花卉...\n其他服务业\n3-5年中专/中技\n园艺师\n5-6K·13薪\n泉州\n其他服务业不需要融资20-99人', 5000, 6000, 'CNY', 'month', payments=13, inferred=PC, hints=CN),
    E('汉桥园林文化\n其他专业服务\n不限不限\n盆景园艺师学徒两个年龄在25岁以下\n15-16K\n苏州·昆山市\n其他专业服务已上市20-99人', 15000, 16000, 'CNY', 'month', inferred=PC, hints=CN),
    E('枣庄市千花坊园艺...\n新零售\n1年以内不限\n平面设计师(兼职)\n50-55K\n枣庄\n新零售天使轮20-99人', 50000, 55000, 'CNY', 'month', inferred=PC, hints=CN),
    E('长沙新航程\n贸易/进出口\n3-5年中专/中技\n兼职园艺师\n2-3K\n长沙·开福区\n贸易/进出口不需要融资20-99人', 2000, 3000, 'CNY', 'month', inferred=PC, hints=CN),
    E('清尘环保\n其他行业\n3-5年大专\n园艺师\n6-8K\n新乡\n其他行业未融资10000人以上', 6000, 8000, 'CNY', 'month', inferred=PC, hints=CN),
    N('一个天猫，2淘宝金冠店，销量排名行业前10，现需要一个顶级运营总监，运筹帷幄。', CN),
    N('我们团队平均年龄26岁，朝气、简单、无畏是我们的代名词', CN),
    N('6、线上美工勿扰，谢谢！！工作时间：8：30-18：00', CN),
    N('公司创办于1995年，主要以大型树木造型，古桩盆景造型，植物造型为主，目前基地七个。', CN),
    N('我校成立于2001年，是经黑龙江省人社厅正规审批技工院校，全国烘焙杰出贡献单位', CN),
    N('上海喆卉是8年专业从事高档别墅、豪宅庭院花园景观设计和施工以及养护一体化公司', CN),
    NEG('注：本岗位需要若干年的造景经验。5. 能稳定工作至少1-2年以上。我们能给予的：1. 简单轻松的工作环境2. 与优秀的同事一起工作3. 有竞争力的薪资', CN),
    N('任职责任：底薪+业绩提成+年底分红1：组织落实景观工程设计，控制图纸及变更的交付进度', CN),
    N('长沙新航程工艺品有限公司，成立于2003年，是一家专注于陶瓷出口的外向型企业。十六年来，我们始终坚持规范化管理', CN),
    N('2、负责产品信息的开发与维护；4、对竞争对手的品牌、价位进行研究；5、制定销售推广计划，编制相关计划和预算，并对结果负责执行到位；', CN),
    # boss.csv (python_boss): cards of the row's fields (职位, 地点, 薪资, 经验学历, 公司, 行业融资规模, 福利)
    E('Python开发工程师\n北京·海淀区·西北旺\n8-10K\n经验不限大专\n北亚康成\n计算机服务未融资20-99人\n加班补助，提供公租房，员工旅游，餐补，带薪年假，年终奖，五险一金，通讯补贴，海淀入学资格，住房补贴', 8000, 10000, 'CNY', 'month', inferred=PC, hints=CN),
    E('Python工程师\n北京·海淀区·上地\n20-30K·13薪\n3-5年本科\n国科恒通\n计算机软件未融资100-499人\n五险一金，通讯补贴，定期体检', 20000, 30000, 'CNY', 'month', payments=13, inferred=PC, hints=CN),
    E('底薪20K 双休 python\n北京·海淀区·五道口\n20-21K\n3-5年大专\n惠承科技\n企业服务100-499人\n年终奖，员工旅游，五险一金', 20000, 20000, 'CNY', 'month', inferred=PC, hints=CN),
    E('Python\n北京·朝阳区·酒仙桥\n200-250元/天\n4天/周3个月本科\n奇虎360\n互联网已上市1000-9999人\n定期体检，交通补助，包吃', 200, 250, 'CNY', 'day', hints=CN),
    E('Python\n北京·昌平区·北七家\n190-230元/天\n4天/周3个月本科\n中国电信北研院\n通信/网络设备不需要融资1000-9999人\n定期体检', 190, 230, 'CNY', 'day', hints=CN),
    E('python web开发工程师【北京】\n北京·海淀区·五棵松\n12-14K·14薪\n1-3年本科\n航天二院706所\n其他行业不需要融资1000-9999人\n五险一金', 12000, 14000, 'CNY', 'month', payments=14, inferred=PC, hints=CN),
    E('Python 后端开发工程师\n北京·朝阳区·酒仙桥\n20-35K·15薪\n3-5年本科\n360集团\n互联网D轮及以上1000-9999人\n免费班车，交通补助，餐补，通讯补贴', 20000, 35000, 'CNY', 'month', payments=15, inferred=PC, hints=CN),
    E('python web开发\n北京\n12-20K·13薪\n1-3年本科\n魔镜市场情报\n数据服务不需要融资100-499人\n节日福利，定期体检，员工旅游，抵制996，年终奖', 12000, 20000, 'CNY', 'month', payments=13, inferred=PC, hints=CN),
    E('Python 后端开发工程师\n北京·朝阳区·望京\n15-25K\n经验不限学历不限\n北京知道创宇\n信息安全C轮1000-9999人\n春节假期，通讯补贴，全勤奖，八险一金，年终奖', 15000, 25000, 'CNY', 'month', inferred=PC, hints=CN),
    E('Python 实习生\n北京·通州区·北关\n3-6K\n经验不限学历不限\n青尔人工智能\n计算机服务20-99人\n', 3000, 6000, 'CNY', 'month', inferred=PC, hints=CN),
    E('百度智能云-交付研发工程师(制造python)\n北京·海淀区·西北旺\n20-40K·16薪\n3-5年本科\n百度\n互联网已上市10000人以上\n补充医疗保险', 20000, 40000, 'CNY', 'month', payments=16, inferred=PC, hints=CN),
    E('python研发工程师\n北京·朝阳区·高碑店\n14-23K·14薪\n3-5年本科\n掌阅科技\n互联网已上市500-999人\n餐补，节日福利', 14000, 23000, 'CNY', 'month', payments=14, inferred=PC, hints=CN),
    E('python运维工程师\n北京·海淀区·五道口\n15-20K·15薪\n1-3年本科\n北京卓识私募基金...\n基金不需要融资20-99人\n餐补，健身基金，定期体检', 15000, 20000, 'CNY', 'month', payments=15, inferred=PC, hints=CN),
)

FR_ROWS = table(
    # jobsFakers.ts (France Travail): description sentences and cards
    NEG('Contrôles.\nRémunération selon expérience et convention collective.\nHoraires : Du Lundi au Vendredi en journée 7h45 11h45 - 13h 16h30 ou en équipe : 6h - 13h / 13h - 20h30\nSelon les horaires, primes de panier par jour : 11EUR en horaire journée et 22EUR en horaires décalés.\nLieu de mission sur Lorient.', FR),
    NEG("Notre métier, c'est l'emploi. Des milliers d'offres d'emploi, 17 pays, 750 agences, plus de 4100 collaborateurs. Profil N2 à N4.\nSalaire à définir selon le profil.Vos avantages Synergie:\n+10% IFM + 10% CP,\nCSE Synergie,\nPrime Participation + CET à 6%,", FR),
    N('Nous recherchons pour notre boutique de décoration et de souvenirs un(e) vendeur(se) en 39 h  ( CDD ).\n\nPrime sur CA individuel et sur la boutique .\nMajoration des heures après 35 H\n\nLe poste est à pourvoir immédiatement.', FR),
    N('Selon les horaires, primes de panier par jour : 11EUR en horaire journée et 22EUR en horaires décalés.', FR),
    E('Peintre en bâtiment F/H (H/F)\nSYNERGIE\n44 - NANTES\nAnnuel de 25000,00 Euros à 30000,00 Euros sur 12 mois\nCDD', 25000, 30000, 'EUR', 'year', payments=12, hints=FR),
    E('Vendeur / Vendeuse en décoration de noel et souvenirs  (H/F)\n68 - COLMAR\nMensuel de 1882,00 Euros à 1900,00 Euros sur 12 mois\n39H Horaires normaux', 1882, 1900, 'EUR', 'month', payments=12, hints=FR),
    E('ELECTRICIENS secteur navale (H/F)\n56 - LORIENT\nHoraire de 11,07 Euros à 14,00 Euros sur 12 mois\n37H Horaires normaux', 11.07, 14, 'EUR', 'hour', payments=12, hints=FR),
    E('Mission intérimaire - 6 Mois\n37H Horaires normaux\nHoraire de 11,07 Euros à 13,00 Euros sur 12 mois', 11.07, 13, 'EUR', 'hour', payments=12, hints=FR),
    # an Indeed FR description flattened by a public scraper's test fixture (IndeedScrapperTest)
    E("Avec l’ambition d’être La référence sur le marchvé des soins et des produits Minceur / Bien-être, nous disposons actuellement de plus de 60 studios, et nous isons 200 nouvelles ouvertures d’ici 2025. Vous travaillez au sein d’une équipe de 2 à 3 personnes avec pour objectif commun, le développement du chiffre d’affaires, la fidélisation de la clientèle. Rémunération : Temps plein 35h : 1700 e brut Fixe + variables sur objectifs CA (déplafonné) Télétravail Non Type d'emploi : Temps plein, CDI Salaire : à partir de 1 700,00€ par mois Avantages : Participation au Transport Horaires : Travail en journée", 1700, 1700, 'EUR', 'month', gross=True, inferred=P, hints=FR),
    N('Vous travaillez au sein d’une équipe de 2 à 3 personnes avec pour objectif commun, le développement du chiffre d’affaires.', FR),
    N('nous disposons actuellement de plus de 60 studios, et nous isons 200 nouvelles ouvertures d’ici 2025.', FR),
    E("Type d'emploi : Temps plein, CDI Salaire : à partir de 1 700,00€ par mois Avantages : Participation au Transport Horaires : Travail en journée", 1700, None, 'EUR', 'month', hints=FR),
    # job-ad sentences of public repositories
    E('Nous recherchons actuellement un ExpertComptable Calais. Salaire : Entre 50 000 et 60 000 brut annuel assorti davantages tels que des tickets restaurant une mutuelle des jours de RTT', 50000, 60000, 'EUR', 'year', gross=True, inferred=C, hints=FR),
    NEG('Poste à temps partiel — 20h/semaine\n- Rémunération : selon convention collective', FR),
    NEG('C.D.I. basé à Roubaix (59)\nDisponibilité : dès que possible\nRémunération : selon expérience', FR),
    NEG('Lieu : Ankorondrano, Antananarivo. Rémunération : Selon profil + primes.', FR),
    NEG('Expérience : 2 ans en pâtisserie\nRémunération : selon profil + dotation mensuelle en chocolat', FR),
)

EN_US = table(
    # indeed.csv (Indeed US cards)
    E('Central Office _ Culture and Climate Coordinator I 2023-2024\nDeKalb County School District\nUnited States\n$128 a day\nSupport Staff (Academic Coaches, MTSS, etc.).\nPostedPosted 30+ days ago', 128, 128, 'USD', 'day', hints=US),
    E('Interim MTSS District Coordinator\nEagle County School District Region 50 J\nEagle, CO 81631\n$60,500 - $72,600 a yearFull-time\nBENEFITS: Health, Dental and Vision insurance, 20.90% employer contribution to your PERA retirement plan, paid holidays\nPostedPosted 30+ days ago', 60500, 72600, 'USD', 'year', hints=US),
    E('MTSS Implementation Coordinator\nNorthwest Educational Service District\nConcrete, WA 98237\n$85,454 - $96,231 a yearMonday to Friday +1', 85454, 96231, 'USD', 'year', hints=US),
    E('ELL/MTSS Coordinator\nNaples Classical Academy\nNaples, FL 34120\nEstimated $43.1K - $54.5K a year\nThis position reports to the Head of School\nPostedToday', 43100, 54500, 'USD', 'year', hints=US),
    E('Educational Consultant-RTI/MTSS\nVanderbilt University\nNashville, TN 37232 (Vanderbilt Area area)\nEstimated $44.8K - $56.8K a yearFull-time', 44800, 56800, 'USD', 'year', hints=US),
    E('Education Programs Coordinator I - Early MTSS\nState of Vermont\nMontpelier, VT 05602\n$26.95 an hourFull-time', 26.95, 26.95, 'USD', 'hour', hints=US),
    E('Literacy Coordinator & Coach\nBridges Public Charter School\nWashington, DC 20011 (Fort Totten area)\n$68,500 - $90,000 a yearFull-time', 68500, 90000, 'USD', 'year', hints=US),
    N('Coordinator of Attendance\nProvidence Schools\nProvidence, RI\n\nThe attendance coordinator will lead attendance efforts\nPostedPosted 19 days ago •75+ applications', US),
    N('MTSS COORDINATOR\nPender County Schools\nBurgaw, NC 28425\n\nSUPERVISES: May coordinate and direct the activities of teacher assistants.\nPostedPosted 30+ days ago •75+ applications', US),
    E('ELECT Program Coordinator - Compliance\nThe School District Of Philadelphia\nPhiladelphia, PA\n\nELECT Program Coordinator - Compliance - (50013558) Description Note: The salary range for this role is $53,834 - $87,022 For forward-thinking…', 53834, 87022, 'USD', 'year', inferred=P, hints=US),
    E('Coordinator of Culture and Climate\nIllinois School District U-46\nElgin, IL 60120\nEstimated $72.7K - $92K a year\nJobID: 32028 Position Type: Administration - Certified/Coordinator Date Posted: 9/29/2023', 72700, 92000, 'USD', 'year', hints=US),
    E('Central Office _Lead Academic Coach (Federal Programs) 2023-2024\nDeKalb County School District\nUnited States\n$130 a day\nJobID: 9644 Position Type: Support Staff Date Posted: 6/13/2023', 130, 130, 'USD', 'day', hints=US),
    E('MTSS Coordinator- District-Wide\nRoseville Area Schools\nRoseville, MN 55113\n$46,124 a yearFull-time\nJobID: 7241 Position Type: High School Teaching/Lead Teacher Date Posted: 8/23/2023', 46124, 46124, 'USD', 'year', hints=US),
    E('School Social Worker, 1.0 FTE, Multi-Tiered System of Support (MTSS)\nSan Juan Unified School District\nCarmichael, CA 95608\n$27 an hourFull-timeMonday to Friday\nJobID: 963 Position Type: Support Staff & Services Date Posted: 7/14/2023 Location: LSC REGION 2 at BARRETT', 27, 27, 'USD', 'hour', hints=US),
    N('DEAN OF STUDENTS\nEdenton-Chowan Schools\nTyner, NC 27980\nFull-time\nDean of Students The Dean of Students serves as a member of the middle school administrative team', US),
    E('Regional ELA & Literacy Coordinator\nNorthwest Educational Service District\nAnacortes, WA 98221\n$96,698 - $108,893 a year8 hour shift\nLocation Northwest ESD 189 1601 R Ave Anacortes, WA 98221 Google Map', 96698, 108893, 'USD', 'year', hints=US),
    E('Elementary Dean of Students\nGrand Ledge School District\nGrand Ledge, MI 48837\nFrom $37 an hourFull-time\nPosition: Elementary Dean of Students – Willow Ridge Elementary Summary: This is a full-time position in our K-4 school', 37, None, 'USD', 'hour', hints=US),
    E('Care Corps Coordinator\nRocketship Public Schools\nSan Jose, CA 95110 (Fairgrounds area)\nFrom $64,480 a yearFull-timeWeekends as needed +1', 64480, None, 'USD', 'year', hints=US),
    E('504 Coordinator\nCommonwealth Charter Academy\nPennsylvania\nEstimated $48.2K - $61K a yearFull-time', 48200, 61000, 'USD', 'year', hints=US),
    E('Regional Gifted Coordinator (PreK-3 REG Gen Ed)\nChicago Public Schools\nChicago, IL 60613 (Lake View area)\nEstimated $64.6K - $81.8K a year\nPosting Date: Sep 6, 2023, 5:06:51 PM.', 64600, 81800, 'USD', 'year', hints=US),
    N('Restorative Practices Specialist\nChicago Public Schools\nChicago, IL 60602 (The Loop area)\n\nPosting Date: Jul 10, 2023, 4:13:18 PM.\nPrimary Location: Central-42 West Madison Street (Social and Emotional Learning).\nCPS Non-Union Job Grade: S07.', US),
    E('Behavioral Intervention Specialist - Prevention & Intervention\nFresno Unified School Distrcit\nFresno, CA 93721 (Central area)\n$52,108 a yearFull-time', 52108, 52108, 'USD', 'year', hints=US),
    E('AIG/MTSS/Section 504 Program Coordinator\nThomasville City Schools\nThomasville, NC 27360\nEstimated $39.6K - $50.2K a yearFull-time', 39600, 50200, 'USD', 'year', hints=US),
    E('Student Success Coach\nPulaski County Schools\nSomerset, KY 42503\nEstimated $33.7K - $42.7K a yearFull-time\nMinimum three years successful classroom teaching experience.', 33700, 42700, 'USD', 'year', hints=US),
    E('Wraparound Coordinator\nNew Bedford Public Schools\nNew Bedford, MA 02745\nEstimated $54K - $68.3K a yearFull-time', 54000, 68300, 'USD', 'year', hints=US),
    E('Horizon Area_ MTSS Specialist, (Stone Mountain ES )2023-2024\nDeKalb County School District\nUnited States\nEstimated $41K - $52K a year', 41000, 52000, 'USD', 'year', hints=US),
    N('Central Office _ (Federal Programs) Coach, Lead Academic 2022-2023\nDeKalb County School District\nUnited States\n\nJobID: 6319 Position Type: Support Staff Date Posted: 11/2/2022 Location: Federal Programs', US),
    N('Interim MTSS District Coordinator\nEagle County School District Region 50 J\nEagle, CO 81631\n\nBENEFITS: Health, Dental and Vision insurance, 20.90% employer contribution to your PERA retirement plan', US),
)

JA = table(
    # kansai20200914.csv (求人ボックス cards: company, title, place, salary, age, source)
    E('株式会社アクシス\n年間休日123日 賞与4.5か月分 残業月20時間以下 シス...\n大阪市 北区\n年収350万円～\n14時間前\n株式会社アクシス', 3500000, None, 'JPY', 'year', hints=JP),
    E('株式会社片岡製作所\n片岡製作所 機械設計・開発エンジニア／年収500-750万円...\n向日市 向日町駅\n年収500万円～750万円\n9時間前\nen ミドルの転職', 5000000, 7500000, 'JPY', 'year', inferred=P, hints=JP),
    E('JOHNAN株式会社\n月給41万以上で宇治市の上場目指す会社でロボット開発技術者\n宇治市 大久保駅 徒歩15分\n月給41万円～\n10時間前\n京都・滋賀求人タイムス', 410000, None, 'JPY', 'month', inferred=C, hints=JP),
    E('株式会社エージェント 福岡オフィス\n未経験から始めるPRプランナー 月給25万円以上／残業1日平...\n大阪市 北新地駅 徒歩3分\n年収300万円～420万円\n14時間前\n株式会社エージェント', 250000, None, 'JPY', 'month', hints=JP),
    E('株式会社ルトラ 大阪をはじめ、京都・兵庫・滋賀な...\nITエンジニア／残業は月6.8時間／年間休日125日以上／エ...\n大阪市 本町駅 徒歩3分\n年収288万円～840万円\n14時間前\n株式会社ルトラ', 2880000, 8400000, 'JPY', 'year', hints=JP),
    E('株式会社with\nシステムエンジニア 855\n大阪市 肥後橋駅\n年収500万円～800万円\n14時間前\n株式会社with', 5000000, 8000000, 'JPY', 'year', hints=JP),
    E('株式会社テイクーワン\nCOBOLエンジニア 残業代100%支給\n大阪市 京橋駅 徒歩5分\n月給30万円～\n14時間前\n株式会社テイクーワン', 300000, None, 'JPY', 'month', hints=JP),
    E('共同エンジニアリング株式会社\n建設総合職／定着率91%!街づくりに携わる、スケールの大きな...\n大阪府\n月給20万5,000円～\n14時間前\n共同エンジニアリング株式会社', 205000, None, 'JPY', 'month', hints=JP),
    E('株式会社日本ブレーン 秋葉原オフィス\nITエンジニア 年間休日128日、有給休暇の消化数は18.6...\n大阪市 堺筋本町駅 徒歩6分\n年収300万円～540万円\n14時間前\n株式会社日本ブレーン', 3000000, 5400000, 'JPY', 'year', hints=JP),
    E('株式会社ドリームジャック\nWEB系エンジニア 案件希望は約90%通ります!年間休日12...\n大阪市 西中島南方駅 徒歩5分\n年収360万円～600万円\n14時間前\n株式会社ドリームジャック', 3600000, 6000000, 'JPY', 'year', hints=JP),
    E('株式会社Sharp Document 21yos...\nカスタマーサポート職\n大阪市 西区\n年収275万円～350万円\n4時間前\ndoda', 2750000, 3500000, 'JPY', 'year', hints=JP),
    E('株式会社本山製作所\nアフターメンテナンス担当 ～大正13年創業の老舗バルブメーカ...\n大阪府 豊中市\n年収320万円～480万円\n4時間前\ndoda', 3200000, 4800000, 'JPY', 'year', hints=JP),
    E('株式会社クラックスシステム\nSE・PG 選べるスキル・キャリア／賞与昨年度平均5か月分／...\n大阪市 本町駅 徒歩10分\n年収264万円～\n14時間前\n株式会社クラックスシステム', 2640000, None, 'JPY', 'year', hints=JP),
    E('ファースト情報システム株式会社\n開発エンジニア／土日や平日18時以降の面接もOK!自社内案件...\n大阪市 南森町駅 徒歩5分\n月給23万円～52万円\n14時間前\nファースト情報システム株式会社', 230000, 520000, 'JPY', 'month', hints=JP),
    N('株式会社メディノス\nハードウェアエンジニア\n大阪市 本町駅 徒歩3分\n公開していません\n13時間前\n株式会社メディノス', JP),
    E('シビレ株式会社\n日本IBMと神戸製鋼系のIT企業で活躍するエンジニア\n加古川市 加古川駅 バス25分\n年収300万円～450万円\n14時間前\nシビレ株式会社', 3000000, 4500000, 'JPY', 'year', hints=JP),
    E('株式会社白帝エンジニアリング 彦根設計室\n彦根市での電気・電子設計技術者 年間休日120!土日祝休み\n彦根市 彦根駅 徒歩2分\n月給16万5,000円～20万1,800円\n10時間前\n京都・滋賀求人タイムス', 165000, 201800, 'JPY', 'month', hints=JP),
    E('株式会社ジェイエスキューブ\nサポートエンジニア 東証一部上場企業のグループ 賞与実績4....\n大阪市 阿波座駅 徒歩5分\n年収350万円～640万円\n14時間前\n株式会社ジェイエスキューブ', 3500000, 6400000, 'JPY', 'year', hints=JP),
    E('サイバーワークス株式会社\nエンジニア 残業代完全支給・年間休日126日・充実の福利厚生\n大阪市 淀川区\n月給21万円～30万円\n14時間前\nサイバーワークス株式会社', 210000, 300000, 'JPY', 'month', hints=JP),
    E('株式会社ギガ・システム\nシステムエンジニア 賞与年2回 +期末賞与\n大阪市 新大阪駅 徒歩5分\n年収300万円～720万円\n14時間前\n株式会社ギガ・システム', 3000000, 7200000, 'JPY', 'year', hints=JP),
    E('株式会社クライム\nITエンジニア職\n大阪市 中央区\n月給20万600円\n14時間前\n株式会社クライム', 200600, 200600, 'JPY', 'month', hints=JP),
    E('ヴェオリア・ジェネッツ株式会社 関西事務所\n水道管の調査スタッフ 未経験歓迎! 残業ほぼナシ 土日祝お休...\n大阪市 西中島南方駅\n年収192万円～269万6,760円\n14時間前\nヴェオリア・ジェネッツ株式会社', 1920000, 2696760, 'JPY', 'year', hints=JP),
    E('株式会社ヒューマンウェイブ\nビル設備の点検管理スタッフ／未経験歓迎!残業月10時間以内／...\n大阪市 北新地駅 徒歩7分\n月給21万円～32万円\n14時間前\n株式会社ヒューマンウェイブ', 210000, 320000, 'JPY', 'month', hints=JP),
    E('株式会社インネット\nSE、PG\n大阪市 堺筋本町駅 徒歩5分\n年収390万円\n14時間前\n株式会社インネット', 3900000, 3900000, 'JPY', 'year', hints=JP),
)

VARIANTS = table(
    E('We are hiring 3 Warehouse Associates. Shifts: 6am-2:30pm. $17.50/hr + $1 shift differential.', 17.5, 17.5, 'USD', 'hour', hints=US),
    E('Must be able to lift 50 lbs. Pay: $16.00 - $18.00 per hour', 16, 18, 'USD', 'hour', hints=US),
    E('Schedule: 10 hour shift, 4x10. Compensation package: $55,000-$65,000 per year', 55000, 65000, 'USD', 'year', hints=US),
    E('Ages 16+. $12/hour', 12, 12, 'USD', 'hour', hints=US),
    E('Tuition reimbursement up to $5,250 per year. Salary: $48,000', 48000, 48000, 'USD', 'year', inferred=P, hints=US),
    E('Hiring bonus: $1,500 paid after 90 days. $19 per hour.', 19, 19, 'USD', 'hour', hints=US),
    E('Located at 2500 W. Main Street. Starting at $17/hr.', 17, None, 'USD', 'hour', hints=US),
    E('Supplemental pay types:\n- Bonus pay\nPay: $50,000.00 - $60,000.00 per year', 50000, 60000, 'USD', 'year', hints=US),
    E('Ability to commute/relocate:\n- Houston, TX 77002: Reliably commute or planning to relocate before starting work (Required)\nPay: $20.00 per hour', 20, 20, 'USD', 'hour', hints=US),
    E('Experience:\n- customer service: 1 year (Preferred)\nWork Location: In person\nSalary: $45,000.00 /year', 45000, 45000, 'USD', 'year', hints=US),
    E('401(k) matching up to 6%. Salary $70k–$80k.', 70000, 80000, 'USD', 'year', inferred=P, hints=US),
    E("Type d'emploi : Temps plein, CDI\n\nSalaire : 2 000,00€ à 2 300,00€ par mois\n\nAvantages :\n- Titre-restaurant\n\nRémunération supplémentaire :\n- Prime annuelle", 2000, 2300, 'EUR', 'month', hints=FR),
    E('Expérience:\n- Vente: 1 an (Optionnel)\nLieu du poste : En présentiel\nSalaire : 11,65€ par heure', 11.65, 11.65, 'EUR', 'hour', hints=FR),
    E('Date de début prévue : 02/09/2024\nRémunération : 40 000,00€ à 45 000,00€ par an', 40000, 45000, 'EUR', 'year', hints=FR),
    E('Taux horaire : 11,65 €. Majoration de 25 % après 35h', 11.65, 11.65, 'EUR', 'hour', hints=FR),
    E('Salaire : à partir de 1 900,00€ par mois', 1900, None, 'EUR', 'month', hints=FR),
    E('Salaire : 35 000 € - 40 000 € brut annuel + primes (environ 3 000 €)', 35000, 40000, 'EUR', 'year', gross=True, hints=FR),
    E('Vous serez rémunéré 1 747,20 € brut pour 151,67 heures.', 1747.2, 1747.2, 'EUR', 'month', gross=True, inferred=P, hints=FR),
    NEG('Rémunération : SMIC + primes', FR),
    E('Poste à pourvoir en CDI, 39h hebdomadaires (4 heures supplémentaires majorées à 25%), rémunération 2 100 € brut', 2100, 2100, 'EUR', 'month', gross=True, inferred=P, hints=FR),
    E('Salaire brut annuel : 30K à 35K selon profil', 30000, 35000, 'EUR', 'year', gross=True, inferred=C, hints=FR),
    E('Salaire : 13€/heure brut, soit environ 2 000 € brut/mois', 13, 13, 'EUR', 'hour', gross=True, hints=FR),
    E('工作时间：8:00-17:30，中午休息1.5小时\n薪资待遇：基本工资3500+全勤200+餐补', 3500, 3500, 'CNY', 'month', inferred=PC, hints=CN),
    E('月薪：6K-8K，每月10号发工资', 6000, 8000, 'CNY', 'month', inferred=C, hints=CN),
    NEG('联系人：王经理 电话：0755-12345678 薪资：面议', CN),
    E('【岗位要求】1、大专及以上学历；2、2年以上相关工作经验；【薪资福利】1、底薪5000-8000元+项目提成', 5000, 8000, 'CNY', 'month', inferred=P, hints=CN),
    E('入职满一年带薪年假5天，每年调薪一次，调薪幅度10%-20%。薪资：10-15K', 10000, 15000, 'CNY', 'month', inferred=PC, hints=CN),
    E('包住不包吃，住宿4-6人一间。工资3800-4500', 3800, 4500, 'CNY', 'month', inferred=PC, hints=CN),
    E('公司地址：深圳市宝安区西乡街道宝源路1065号。薪资：4k-6k', 4000, 6000, 'CNY', 'month', inferred=PC, hints=CN),
    E('早8点到晚8点，做六休一，每月26天。日薪180元', 180, 180, 'CNY', 'day', hints=CN),
    E('时间：2024年7月1日-8月31日，时薪18元', 18, 18, 'CNY', 'hour', hints=CN),
    E('一、年薪：15-25万（13薪+年终奖）', 150000, 250000, 'CNY', 'year', payments=13, inferred=C, hints=CN),
    E('薪资构成：基本工资2200+岗位津贴800+绩效1000-3000', 2200, 2200, 'CNY', 'month', inferred=PC, hints=CN),
    E('【給与】月給22万円～30万円（固定残業代45時間分 6万円含む）', 220000, 300000, 'JPY', 'month', hints=JP),
    E('【勤務時間】9:00～18:00（実働8時間）\n【給与】時給1,500円～', 1500, None, 'JPY', 'hour', hints=JP),
    E('【応募資格】18歳以上（高校生不可）\n【給与】日給1万2000円', 12000, 12000, 'JPY', 'day', hints=JP),
    E('交通費全額支給、賞与年2回（昨年度実績4.0ヶ月分）。年収350万円～500万円', 3500000, 5000000, 'JPY', 'year', hints=JP),
    E('〒530-0001 大阪府大阪市北区梅田1-1-1\n給与：月給25万円以上', 250000, None, 'JPY', 'month', hints=JP),
    E('試用期間3ヶ月（期間中は時給1,000円）\n時給1,100円～', 1000, 1000, 'JPY', 'hour', hints=JP),
    E('Poste en CDI à pourvoir dès que possible, 35h hebdomadaires du lundi au vendredi. Salaire : 1900 € brut mensuel + tickets restaurant.', 1900, 1900, 'EUR', 'month', gross=True, hints=FR),
    E("Vous justifiez d'une expérience de 3 à 5 ans sur un poste similaire. Rémunération : 35-40K€ selon profil.", 35000, 40000, 'EUR', 'year', inferred=P, hints=FR),
    E('Entreprise de 250 salariés basée à Lyon (69003). Contrat CDI 39h. Salaire de 2 200 € à 2 500 € brut par mois sur 13 mois.', 2200, 2500, 'EUR', 'month', payments=13, gross=True, hints=FR),
    E("Prime de 300 € à l'embauche. Salaire horaire : 12,50 € brut.", 12.5, 12.5, 'EUR', 'hour', gross=True, hints=FR),
    E('Horaires : 9h-17h30. Taux horaire : 11,88 € brut + majoration dimanche.', 11.88, 11.88, 'EUR', 'hour', gross=True, hints=FR),
    E("Type d'emploi : Temps plein, CDI\nRémunération : 28 000,00€ à 32 000,00€ par an\nAvantages :\n- Tickets restaurant", 28000, 32000, 'EUR', 'year', hints=FR),
    E("Type d'emploi : CDD\nDurée du contrat : 6 mois\nSalaire : 1 800,00€ à 2 100,00€ par mois", 1800, 2100, 'EUR', 'month', hints=FR),
    E("Type d'emploi : Temps partiel\nNombre d'heures : 24 par semaine\nSalaire : 12,00€ par heure", 12, 12, 'EUR', 'hour', hints=FR),
    E('Statut : Cadre, forfait 218 jours. Package : 55 K€ fixe + 10% variable.', 55000, 55000, 'EUR', 'year', inferred=P, hints=FR),
    E('Job Types: Full-time, Permanent\nPay: $18.00 - $22.00 per hour\nBenefits:\n- 401(k)', 18, 22, 'USD', 'hour', hints=US),
    E('Job Type: Full-time\nPay: $65,000.00 - $80,000.00 per year\nSchedule:\n- 8 hour shift\n- Monday to Friday', 65000, 80000, 'USD', 'year', hints=US),
    E('Experience:\n- 2 years of experience (Preferred)\nPay: From $20.00 per hour', 20, None, 'USD', 'hour', hints=US),
    E('We are a 501(c)(3) nonprofit serving 1,200 families. Salary: $52,000 annually, plus benefits.', 52000, 52000, 'USD', 'year', hints=US),
    E('Sign-on bonus of $2,500! Starting pay $19/hr with raises after 90 days.', 19, 19, 'USD', 'hour', hints=US),
    E('Compensation: The salary range for this position is $120,000 - $150,000 USD annually, plus equity and a 10% bonus.', 120000, 150000, 'USD', 'year', hints=US),
    E('Location: 1234 Main St, Springfield, IL 62704. Hours: 40 per week. Wage: $17.50/hour.', 17.5, 17.5, 'USD', 'hour', hints=US),
    E('Call (555) 123-4567 to apply. $15 an hour, weekends required.', 15, 15, 'USD', 'hour', hints=US),
    NEG('Requirements: 5+ years experience, 21 years or older. Salary: Competitive.', US),
    NEG('Salary: DOE\nLocation: Remote', US),
    E('Founded in 1998, we have over 300 employees across 12 offices. The base pay range is $85K-$110K.', 85000, 110000, 'USD', 'year', inferred=P, hints=US),
    E('Retention bonus up to $5,000. Base salary $60,000 - $70,000 per year.', 60000, 70000, 'USD', 'year', hints=US),
    E('岗位职责：\n1、负责客户接待；\n任职要求：\n1、年龄18-35岁，高中以上学历；\n2、有1年以上销售经验优先。\n薪资待遇：底薪4000+提成，月收入8000-15000元。', 4000, 4000, 'CNY', 'month', inferred=PC, hints=CN),
    E('公司注册资金1000万元，员工200余人。\n薪资：6000-8000元/月', 6000, 8000, 'CNY', 'month', hints=CN),
    E('工作时间：早9晚6，月休4天。\n工资待遇：综合工资5000-7000元。', 5000, 7000, 'CNY', 'month', inferred=P, hints=CN),
    E('联系电话：13812345678\n薪资待遇：3500-4500', 3500, 4500, 'CNY', 'month', inferred=PC, hints=CN),
    E('入职即缴纳五险一金，全勤奖200元，餐补300元/月，基本工资3000元/月。', 3000, 3000, 'CNY', 'month', hints=CN),
    E('招聘人数：5人\n工作地点：深圳市南山区科技园\n待遇：试用期4000元，转正后5000元+绩效', 4000, 4000, 'CNY', 'month', inferred=P, hints=CN),
    NEG('年底双薪，13薪。薪资面议', CN),
    NEG('任职要求：3年以上工作经验；待遇：面议', CN),
    E('薪资：8-12K·13薪，五险一金，周末双休', 8000, 12000, 'CNY', 'month', payments=13, inferred=PC, hints=CN),
    E('【薪资福利】\n1、薪资：7000-9000元/月，加班另计；\n2、包住宿，提供工作餐；', 7000, 9000, 'CNY', 'month', hints=CN),
    E('时薪20元，每天工作8小时，日结。', 20, 20, 'CNY', 'hour', hints=CN),
    E('日薪200元，包吃住，年龄18-45岁', 200, 200, 'CNY', 'day', hints=CN),
    E('【仕事内容】\n倉庫内での軽作業です。\n【給与】\n時給1,200円～\n【勤務時間】\n9:00～18:00（休憩60分）', 1200, None, 'JPY', 'hour', hints=JP),
    E('【勤務地】東京都渋谷区1-2-3\n【給与】月給25万円～35万円\n【休日】年間休日120日', 250000, 350000, 'JPY', 'month', hints=JP),
    E('年間休日125日、賞与年2回。給与：年収400万円～600万円', 4000000, 6000000, 'JPY', 'year', hints=JP),
    E('従業員数：150名\n資本金：5,000万円\n給与：月給22万円以上', 220000, None, 'JPY', 'month', hints=JP),
    E('Prime annuelle de 1 500 €. Salaire : 2 000 € brut/mois', 2000, 2000, 'EUR', 'month', gross=True, hints=FR),
    E("Rémunération : 12,02 € brut de l'heure, soit 1823 € brut mensuel", 12.02, 12.02, 'EUR', 'hour', gross=True, hints=FR),
    E('Prise de poste à partir du 01/09/2024. Salaire : 2100€ - 2400€ brut mensuel selon expérience, 37h30 hebdo avec RTT', 2100, 2400, 'EUR', 'month', gross=True, hints=FR),
    E('Poste basé à Paris 15e, 2 jours de télétravail par semaine. 45-50k€', 45000, 50000, 'EUR', 'year', inferred=P, hints=FR),
    E('Rémunération selon profil, entre 40 et 45 K€ annuels.', 40000, 45000, 'EUR', 'year', hints=FR),
    E('Indemnité de transport de 50 € par mois. Salaire 1 800 € par mois.', 1800, 1800, 'EUR', 'month', hints=FR),
    E("Tickets restaurant d'une valeur de 9 €, mutuelle prise en charge à 60 %. Rémunération : 2 300 € brut mensuel.", 2300, 2300, 'EUR', 'month', gross=True, hints=FR),
    E('Heures prévues par semaine : 35\nLieu du poste : En présentiel\nSalaire : 2 000,00€ par mois', 2000, 2000, 'EUR', 'month', hints=FR),
    E('Assistant comptable H/F\nCabinet Dupont\n75008 Paris\n2 000 € - 2 300 € par mois\nCDI', 2000, 2300, 'EUR', 'month', hints=FR),
    E('Vendeur H/F\nDécathlon\nLyon (69)\n11,88 € par heure\nTemps partiel', 11.88, 11.88, 'EUR', 'hour', hints=FR),
    E("Gratification de stage : 4,35 € de l'heure soit environ 600 € par mois.", 4.35, 4.35, 'EUR', 'hour', hints=FR),
    E("Salaire à l'embauche : 1 766,92 € brut mensuel (SMIC) + 13e mois", 1766.92, 1766.92, 'EUR', 'month', payments=13, gross=True, hints=FR),
    E('The hiring range for this position is $95,000 to $125,000 per year, depending on experience.', 95000, 125000, 'USD', 'year', hints=US),
    E('Data Analyst\nAcme Corp\nNew York, NY 10001\n$70,000 - $90,000 a year\nFull-time', 70000, 90000, 'USD', 'year', hints=US),
    E('Acme Corp\n3.9\nAustin, TX 78701\n$20 an hour\nPart-time', 20, 20, 'USD', 'hour', hints=US),
    E('Shift differential: $2/hr for nights. Base rate: $18/hr.', 18, 18, 'USD', 'hour', hints=US),
    E('Training pay is $20/hour for the first 90 days, then $22.50 per hour.', 20, 20, 'USD', 'hour', hints=US),
    E('Up to $80K DOE. Must have 3-5 years of experience.', None, 80000, 'USD', 'year', inferred=P, hints=US),
    E("Must be 18+ with a valid driver's license. Pay starts at $16 per hour.", 16, None, 'USD', 'hour', hints=US),
    E('Benefits include a $1,000 annual wellness stipend. Salary range: $75,000-$85,000.', 75000, 85000, 'USD', 'year', inferred=P, hints=US),
    E('Java开发工程师\n15-25K·13薪\n北京·海淀区\n3-5年\n本科\n某某科技\n互联网\nC轮\n500-999人', 15000, 25000, 'CNY', 'month', payments=13, inferred=PC, hints=CN),
    E('年终奖2-4个月，薪资15-20K', 15000, 20000, 'CNY', 'month', inferred=PC, hints=CN),
    E('五险一金，带薪年假5天，月薪6000起', 6000, None, 'CNY', 'month', inferred=C, hints=CN),
    E('底薪3000-5000+提成，综合收入8000以上', 3000, 5000, 'CNY', 'month', inferred=PC, hints=CN),
    E('保底工资6000，上不封顶', 6000, None, 'CNY', 'month', inferred=PC, hints=CN),
    E('工作地点：北京市朝阳区建国路88号，距离地铁10号线200米。月薪8000。', 8000, 8000, 'CNY', 'month', inferred=C, hints=CN),
    E('【給与】時給1,100円～1,300円 ※研修期間（3ヶ月）は時給1,050円', 1100, 1300, 'JPY', 'hour', hints=JP),
    E('交通費支給（上限3万円/月）、月給20万円', 200000, 200000, 'JPY', 'month', hints=JP),
    E('住宅手当2万円、給与は月給25万円以上', 250000, None, 'JPY', 'month', hints=JP),
    E('Relocation package of $10,000. Salary $110K.', 110000, 110000, 'USD', 'year', inferred=P, hints=US),
    E('401(k) with 4% match. $45,000 - $55,000 a year', 45000, 55000, 'USD', 'year', hints=US),
    E('岗位职责：\n1、每月完成10单以上；\n2、维护200家以上客户；\n薪资：5k-8k', 5000, 8000, 'CNY', 'month', inferred=PC, hints=CN),
    E('要求：身高160cm以上，年龄20-30岁。工资：4500元/月', 4500, 4500, 'CNY', 'month', hints=CN),
    E('公司成立于2008年，占地面积5000平方米，年产值2亿元。普工月薪5000-6000元。', 5000, 6000, 'CNY', 'month', hints=CN),
    E('岗位补贴500元/月，绩效奖金1000-3000元，基本工资4000元。', 4000, 4000, 'CNY', 'month', inferred=P, hints=CN),
    E('高温补贴300元，夜班补贴20元/天，底薪2800元/月', 2800, 2800, 'CNY', 'month', hints=CN),
)

FIXED = table(
    E('Referral program: $500 referral bonus. Wage: $16.25/hour.', 16.25, 16.25, 'USD', 'hour', hints=US),
    E('$1,000 retention bonus after 6 months; $22 an hour', 22, 22, 'USD', 'hour', hints=US),
    E('Sign on bonus $3,000. Pay: $24.00 - $28.00 per hour', 24, 28, 'USD', 'hour', hints=US),
    E('$2,500 hiring bonus, $19.50/hr', 19.5, 19.5, 'USD', 'hour', hints=US),
    E('Rémunération : Temps plein 35h : 1700 e brut Fixe + variables sur objectifs CA (déplafonné) Télétravail Non', 1700, 1700, 'EUR', 'month', gross=True, inferred=P, hints=FR),
    E('Salaire : 1 500 e net par mois, tickets restaurant', 1500, 1500, 'EUR', 'month', gross=False, hints=FR),
    E('Taux horaire 12 e/h brut, heures supplémentaires majorées', 12, 12, 'EUR', 'hour', gross=True, hints=FR),
    E('Poste basé à Paris 15e, 2000 € brut par mois', 2000, 2000, 'EUR', 'month', gross=True, hints=FR),
    E('Bureaux à Lyon 3e, 2 300 e brut mensuel', 2300, 2300, 'EUR', 'month', gross=True, hints=FR),
    E('Cabinet situé dans le 8e, rémunération 38 000 € brut annuel', 38000, 38000, 'EUR', 'year', gross=True, hints=FR),
    E('Relocation package of $10,000. Salary $110K.', 110000, 110000, 'USD', 'year', inferred=P, hints=US),
    E('Shift differential: $2/hr for nights. Base rate: $18/hr.', 18, 18, 'USD', 'hour', hints=US),
    E('Night differential of $1.50 per hour. Pay: $19.00 - $23.00 per hour', 19, 23, 'USD', 'hour', hints=US),
    E('Relocation assistance up to $5,000 is available. The salary range is $90,000 - $110,000.', 90000, 110000, 'USD', 'year', inferred=P, hints=US),
    E('Poste basé à Paris 15e, 2 jours de télétravail par semaine. 45-50k€', 45000, 50000, 'EUR', 'year', inferred=P, hints=FR),
    E('Travail du lundi au vendredi, 35 heures par semaine. 1 900 € brut', 1900, 1900, 'EUR', 'month', gross=True, inferred=P, hints=FR),
    E('Déplacements 2 fois par mois. 38 000 € brut', 38000, 38000, 'EUR', 'year', gross=True, inferred=P, hints=FR),
    N('Selon les horaires, primes de panier par jour : 11EUR en horaire journée et 22EUR en horaires décalés.', FR),
    E('Indemnité de panier repas : 9,50 € par jour travaillé. Salaire : 1 850 € brut mensuel.', 1850, 1850, 'EUR', 'month', gross=True, hints=FR),
    N('Prime panier 7 € en horaire de journée et 9 € en horaire de nuit.', FR),
    E("Salaire : 12 € de l'heure en horaire de journée", 12, 12, 'EUR', 'hour', hints=FR),
    E('Taux horaire : 13,50 € brut en horaires décalés', 13.5, 13.5, 'EUR', 'hour', gross=True, hints=FR),
    E('长沙新航程\n贸易/进出口\n3-5年中专/中技\n兼职园艺师\n2-3K\n长沙·开福区\n贸易/进出口不需要融资20-99人', 2000, 3000, 'CNY', 'month', inferred=PC, hints=CN),
    E('清尘环保\n其他行业\n3-5年大专\n园艺师\n6-8K\n新乡\n其他行业未融资10000人以上', 6000, 8000, 'CNY', 'month', inferred=PC, hints=CN),
    E('五洲设计院\n建筑设计\n不限不限\n花卉园艺师\n4-8K\n宁波\n建筑设计不需要融资20-99人', 4000, 8000, 'CNY', 'month', inferred=PC, hints=CN),
    E('花香调信息咨询\n电子商务\n1-3年本科\n园艺淘宝线上客服\n4-6K\n北京\n电子商务未融资0-20人', 4000, 6000, 'CNY', 'month', inferred=PC, hints=CN),
    E('Account Executive\nAcme Analytics\nAustin, TX\n$70,000 - $90,000 a year\nBacked by $40M in Series B funding', 70000, 90000, 'USD', 'year', hints=US),
    NEG('我们能给予的：1. 简单轻松的工作环境2. 与优秀的同事一起工作3. 有竞争力的薪资', CN),
    NEG('公司提供具有竞争力的薪酬和完善的福利体系。', CN),
    E('薪资具有竞争力，8000-12000元/月', 8000, 12000, 'CNY', 'month', hints=CN),
)

FIXED_LATER = table(
    # round 10c: an other-pay word right after the amount names it, over a pay word that is no
    # label of the amount ("offer a $500 referral bonus")
    E("We offer a $500 referral bonus. Wage: $16.25/hour.", 16.25, 16.25, "USD", "hour", hints=US),
)

GAPS = table(
    gap(
        E("Per diem: $75/day for travel. Salary: $65,000/year", 65000, 65000, "USD", "year", hints=US),
        "'Per diem:' as a label is read as a period word (per day), not as an allowance",
    ),
    gap(
        E("$3/hr shift differential for weekends; starting pay $21/hr.", 21, 21, "USD", "hour", hints=US),
        "an other-pay word after the period word that follows the amount ('$3/hr shift "
        "differential') is not read: only the word right after the amount tells its kind",
    ),
)


@pytest.mark.parametrize("example", ZH)
def test_zh(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FR_ROWS)
def test_fr(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_US)
def test_en_us(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", JA)
def test_ja(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", VARIANTS)
def test_variants(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED)
def test_fixed(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", GAPS)
def test_gaps(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED_LATER)
def test_fixed_later(example: Example) -> None:
    check(example)

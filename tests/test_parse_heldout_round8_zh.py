"""Held-out round 8: Chinese job-board strings from real public scrapes, each format once.

Sources (salary fields, titles, welfare tags and the salary-bearing sentences of the free text):
``sadxdh/python_boss`` ``boss.csv`` (Boss直聘: 薪资, 职位名称); ``HireFy/51job`` ``51job.csv``
(前程无忧: 薪酬, 职位, 标签); ``bethzyy/jobSearchTool`` ``liepin.csv`` (猎聘: whole listing chips);
``yuwenjuan/data_analysis_lagou`` ``lagou.csv`` (拉勾: month_salary, rows); ``iamikunnnnn/myfirstproject``
``boss直聘.csv`` (Salary, position); ``Bolonzhang/horti_job`` ``boss_jobs.csv`` and ``lagou_jobs.csv``
(工资, 职位, 职位描述, 公司介绍); 104人力銀行-style salary fields (TW). Rows were written before they
were run.

Conventions, beyond those of the earlier tables:

* a figure written right before a measure word counts things, not money ("200万株" plants,
  "1700余人" people, "400斤" weight, "500-999人" a company size, "35-50岁" an age);
* a company profile's figures (注册资金 / 注册资本, 产值, 资产, 投资, an area after 面积) are no pay;
  neither is a housing or settling-in aid (购房…补贴, 住房补贴, 安家费);
* "8000余万" is over 80 million: "余" / "多" between a number and its magnitude keeps the magnitude
  and marks the figure approximate;
* a number alone in brackets after a title ("数据分析师(3838)") is its requisition code, unless it
  is a round figure ("客服（4000）", read as pay) or a pay word labels it; a figure
  written with a leading zero ("09-03发布") is a date, whatever count of payments stands near it;
* with no hints, a text written mostly in Han script is Chinese: the signs Latin-script
  lexicons hold ("/" of "30/35 k€") cast no vote there, and "】" closes a Chinese label too
  ("【薪资待遇】8000-10000");
* "pay depends on the person's ability" (工资看个人能力而定) and "per company rules" (依公司規定)
  are negotiable when no figure is written, like "selon expérience"; "pay can be discussed"
  (工资可谈, 面商) is negotiable, with or without a figure.

Left as the engine reads them (debatable, not gaps): a market size in 亿 ("全国300——400亿的市场")
is money with no period, as every large figure of a company profile is; "1w多" is an approximate
10 000 (not an open bound); 104's "待遇面議（經常性薪資達4萬元或以上）" keeps its 40 000 floor.
"""

from __future__ import annotations

import pytest
from examples_helpers import Example, check, gap, table

E = Example
N = Example.none
NEG = Example.negotiable_
P = ("period",)
C = ("currency",)
PC = ("period", "currency")
CN = {"lang": "zh", "country": "CN"}
TW = {"lang": "zh", "country": "TW"}

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

ZH = table(
    E("12-18K", 12000, 18000, "CNY", "month", inferred=PC, hints=CN),
    E("25-35K·13薪", 25000, 35000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("28-50K·18薪", 28000, 50000, "CNY", "month", payments=18, inferred=PC, hints=CN),
    E("25-35K·17薪", 25000, 35000, "CNY", "month", payments=17, inferred=PC, hints=CN),
    E("10-11K", 10000, 11000, "CNY", "month", inferred=PC, hints=CN),
    E("300-330元/天", 300, 330, "CNY", "day", hints=CN),
    E("180-300元/天", 180, 300, "CNY", "day", hints=CN),
    E("240-250元/天", 240, 250, "CNY", "day", hints=CN),
    E("Java高级程序经理（12-20K）", 12000, 20000, "CNY", "month", inferred=PC, hints=CN),
    N("Python/PHP研发实习生(J46763)", CN),
    N("初级Python开发工程师/双休/不加班", CN),
    N("Python/Go后端开发工程师 — 抖音", CN),
    E("6-8千/月", 6000, 8000, "CNY", "month", inferred=C, hints=CN),
    E("0.8-1.3万/月", 8000, 13000, "CNY", "month", inferred=C, hints=CN),
    E("0.6-1.2万/月", 6000, 12000, "CNY", "month", inferred=C, hints=CN),
    E("0.4-1万/月", 4000, 10000, "CNY", "month", inferred=C, hints=CN),
    E("1.6-4万/月", 16000, 40000, "CNY", "month", inferred=C, hints=CN),
    E("3-4.5千/月", 3000, 4500, "CNY", "month", inferred=C, hints=CN),
    E("3.5-5.5千/月", 3500, 5500, "CNY", "month", inferred=C, hints=CN),
    E("2.4-3.2万/月", 24000, 32000, "CNY", "month", inferred=C, hints=CN),
    E("20-50万/年", 200000, 500000, "CNY", "year", inferred=C, hints=CN),
    E("28-45万/年", 280000, 450000, "CNY", "year", inferred=C, hints=CN),
    E("8-10万/年", 80000, 100000, "CNY", "year", inferred=C, hints=CN),
    N("Java程序员+实习生 双休 五险一金", CN),
    N("web前端工程师（Vue+Java+原生的JS+双休+6险1金）", CN),
    N("Java开发工程师(2019届应届生)", CN),
    N("高级JAVA开发工程师(004436)", CN),
    N("部门经理（Java方向）03", CN),
    N(
        "[[['五险一金'], ['试用期全薪'], ['年终14薪'], ['出国机会']], ['南京-江宁区', '无工作经验', '招1人', '09-03发布']]",
        CN,
    ),
    N(
        "['武汉-东湖新技术产业开发区', '1年经验', '本科', '招2人', '09-03发布', '计算机科学与技术', '电子信息工程']",
        CN,
    ),
    N("年度2次调薪", CN),
    N("7小时工作制", CN),
    E(
        "设计经理/主管（AI设计）\n【\n深圳-宝安区\n】\n急聘\n10-20k\n5年以上\n本科",
        10000,
        20000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    NEG(
        "IT Specialist - AI Engineering Project Lead\n【\n上海-长宁区\n】\n薪资面议\n5-10年\n统招本科",
        CN,
    ),
    E(
        "AI产品经理\n【\n深圳-南山区\n】\n20-30k·16薪\n5-10年\n硕士",
        20000,
        30000,
        "CNY",
        "month",
        payments=16,
        inferred=PC,
        hints=CN,
    ),
    E(
        "AI业务负责人\n【\n北京-朝阳区\n】\n100-150k·14薪\n5年以上\n硕士",
        100000,
        150000,
        "CNY",
        "month",
        payments=14,
        inferred=PC,
        hints=CN,
    ),
    E(
        "助理产品经理（AI应用方向）\n【\n上海-静安区\n】\n18-25k\n2年以下\n本科",
        18000,
        25000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    E("100-130k·13薪", 100000, 130000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("26-35k", 26000, 35000, "CNY", "month", inferred=PC, hints=CN),
    E("1k-2k", 1000, 2000, "CNY", "month", inferred=PC, hints=CN),
    E("9k-10k", 9000, 10000, "CNY", "month", inferred=PC, hints=CN),
    E("10K-20K", 10000, 20000, "CNY", "month", inferred=PC, hints=CN),
    N("数据分析师(3838)", CN),
    N("数据分析师 --10号线亮马桥", CN),
    E(
        "北京,移动互联网,高德软件有限公司,2000人以上,https://www.lagou.com/jobs/4507231.html,3-5年,全职,20k-40k,数据分析专家,本科",
        20000,
        40000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    N("500-2000人", CN),
    N("2000人以上", CN),
    E("9-14K", 9000, 14000, "CNY", "month", inferred=PC, hints=CN),
    E("50-60K", 50000, 60000, "CNY", "month", inferred=PC, hints=CN),
    E("只招三人！！！全嘉兴BD销售，月薪2万+", 20000, None, "CNY", "month", inferred=C, hints=CN),
    E(
        "我爱我家集团,招销售底薪6K+高提成可就近安排工作,13-20K,16.5",
        6000,
        6000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    E(
        "【嘉兴】外卖配送月入过万提供住宿就近分配",
        10000,
        None,
        "CNY",
        "month",
        inferred=C,
        hints=CN,
    ),
    N("嘉兴国企续费/包吃双休 收入高/社保年终奖", CN),
    N("Java开发(短期六个月，六险一金，双休）", CN),
    N("产品经理(嘉兴市) (MJ001120)", CN),
    N("兼职·平湖吾悦广场 急招暑假工", CN),
    E(
        "顺丰速运,顺丰速运招聘水/空/陆运操作,6-9K,7.5",
        6000,
        9000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    E("100-120/天", 100, 120, "CNY", "day", inferred=C, hints=CN),
    E("6-10K·14薪", 6000, 10000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E("淘宝主播12K起急聘包吃住", 12000, None, "CNY", "month", inferred=PC, hints=CN),
    E("文案策划7K急聘", 7000, 7000, "CNY", "month", inferred=PC, hints=CN),
    E("淘宝客服6000以上急聘", 6000, None, "CNY", "month", inferred=PC, hints=CN),
    E(
        "年龄：35-50岁。待遇：月薪10000-20000元或面商。",
        10000,
        20000,
        "CNY",
        "month",
        negotiable=True,
        hints=CN,
    ),
    E(
        "工资：综合月薪6000~8000元；综合年薪8万以上，上不封顶。",
        6000,
        8000,
        "CNY",
        "month",
        hints=CN,
    ),
    E("工资待遇：4000底薪加奖金", 4000, 4000, "CNY", "month", inferred=PC, hints=CN),
    E(
        "薪资福利：薪资7000以上，具体面谈！",
        7000,
        None,
        "CNY",
        "month",
        negotiable=True,
        inferred=PC,
        hints=CN,
    ),
    E(
        "月薪6000以上，底薪3600加提成，到手6000-8000，能力强的1w多",
        6000,
        None,
        "CNY",
        "month",
        inferred=C,
        hints=CN,
    ),
    E(
        "平均月薪12000以上，底薪4000加提成，到手12k+，能力强的20k+，看你本事",
        12000,
        None,
        "CNY",
        "month",
        statistic="mean",
        inferred=C,
        hints=CN,
    ),
    E(
        "欢迎【应届毕业生】前来实习，薪资3000，有能力者立即转正",
        3000,
        3000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    E(
        "5.待遇底薪加提成的形式，均薪5k左右单休周日，上班时间早8.30到12.00，下午1.30到5.30",
        5000,
        5000,
        "CNY",
        "month",
        approximate=True,
        statistic="mean",
        inferred=PC,
        hints=CN,
    ),
    NEG("有丰富实践经验者，年龄可放宽，待遇从优，可面谈。", CN),
    NEG("2、工资面议。(无责任底薪+高分成)业绩能力突出的工资不设上限", CN),
    NEG("做淘宝需要勤劳 细心和耐心 要求懂电商行业 最好会画CAD图纸 和PS 工资看个人能力而定", CN),
    NEG("待遇从优，不整虚的，底薪➕项目提点。能力突出者，提供项目分红！", CN),
    N("工作时间：8小时/天加盟天马团队8大优势", CN),
    N("4，薪酬结构：底薪+提成+年终奖金+社保+其他薪酬。", CN),
    N("工作内容 管理店铺 网上接单 底薪加提成 有能力者优先录用", CN),
    N("3、客服分早晚班，白班9-18、晚班16-24", CN),
    N("2.打字速度1分钟50字以上;", CN),
    N("其他:双休、年13薪+年终奖工作地点:福州市台江区上浦路口富力中心物业服务处2楼208", CN),
    N("五险一金年终奖带薪年假餐补节日福利五险13薪", CN),
    N("2.有2年以上绿化管理工作经验", CN),
    N("增长50%以上，晋升发展计划多多。", CN),
    N("公司目前年生产多肉植物200万株，产值1000万元，繁殖品种超过800种。", CN),
    N("法定代表人：张峻刚，注册资金3300万元。", CN),
    N("拥有景观树及盆景基地300余亩，资产评估3.6亿元。", CN),
    N("由河南尧山花海旅游开发股份有限公司投资8000余万元", CN),
    N("注册资本1139万元人民币，现有员工50多人。", CN),
    N("如5，600斤的大南瓜，种下去可以长5年每年产量400斤到1000斤的西红柿树。", CN),
    N("日均销售突破50万元，年销售额突破2000万元", CN),
    N("现有员工1700余人。年产捣固焦260万吨，甲醇30万吨", CN),
    N("富力拥有权益土地储备约5,700万平方米。", CN),
    E("3k-4k", 3000, 4000, "CNY", "month", inferred=PC, hints=CN),
    E("中百罗森18元一小时收银员...", 18, 18, "CNY", "hour", inferred=P, hints=CN),
    E("1. 工资18元一小时", 18, 18, "CNY", "hour", inferred=P, hints=CN),
    N("2. 夜班补贴20元", CN),
    E("1、入职后的前六个月为学习培训期，3000元/月。", 3000, 3000, "CNY", "month", hints=CN),
    E("调薪至4000元/月，且享有年度按团队业绩核算结余奖金", 4000, 4000, "CNY", "month", hints=CN),
    E(
        "预期年收入10-30万，且享有相应住房和车辆福利。",
        100000,
        300000,
        "CNY",
        "year",
        inferred=C,
        hints=CN,
    ),
    N(
        "5、入职满3年，经升级试考核，达区域副经理/经理的能力要求，聘用为区域副经理/经理的，公司提供6万元购房首付补贴。",
        CN,
    ),
    N("包吃包住，每天工作8小时。", CN),
    N("8:00~20:00  20:00~8:00两班倒", CN),
    N("1. 16~23岁、身体健康", CN),
    N("1.年龄20-30周岁，大专以上学历；", CN),
    N("2.年龄23-45周岁，能吃苦耐劳，能适应出差；", CN),
    N("需求人数：20人", CN),
    N("工作时间：早上9:00--下午17:00，周末双休", CN),
    N("保底底薪+无封顶提成。工作时间自由。", CN),
    N("五险 工作餐 年底双薪 节假日福利", CN),
    NEG("依公司規定", TW),
    E("月薪 4萬~5萬", 40000, 50000, "TWD", "month", inferred=C, hints=TW),
    E("時薪 190~220元", 190, 220, "TWD", "hour", hints=TW),
    E("年薪 600,000~900,000元", 600000, 900000, "TWD", "year", hints=TW),
    E("日薪 1,500~2,000元", 1500, 2000, "TWD", "day", hints=TW),
    E("後端工程師（Junior）月薪40,000~65,000", 40000, 65000, "TWD", "month", inferred=C, hints=TW),
    E("時薪500元以上", 500, None, "TWD", "hour", hints=TW),
    E("年薪560,000~700,000元", 560000, 700000, "TWD", "year", hints=TW),
    # more of boss_jobs.csv (horti_job): 职位描述 and 公司介绍
    E(
        "底薪4000+个人业绩1.5%提成。半年左右有能力者升为店长，底薪5000+全店提成。",
        4000,
        4000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    E(
        "4、主管薪资由基本工资➕业绩提成，年收入8-12万。",
        80000,
        120000,
        "CNY",
        "year",
        inferred=C,
        hints=CN,
    ),
    E(
        "发展空间：有晋升项目经理空间，项目经理享受工资+提成+分红（年薪10-20万）。",
        100000,
        200000,
        "CNY",
        "year",
        inferred=C,
        hints=CN,
    ),
    NEG("待 遇：面议。基本工资+工龄工资+绩效奖励(试用期3个月，入职当日起计30日为一月", CN),
    NEG("面谈", CN),
    NEG("待遇面议有意向的联系 陈:***********", CN),
    E(
        "学徒头三个月试用期工资2000－3000过了试用期将转入正式内门学徒",
        2000,
        3000,
        "CNY",
        "month",
        inferred=C,
        hints=CN,
    ),
    N(
        "关于工资：正式员工的试用期为1-3个月；作品数据表现优异课提前转正；试用期工资是转正后正式工资的80%",
        CN,
    ),
    N("福利待遇：1、丰厚的薪资组成：底薪+节日福利+全勤奖+其他额外奖金+社保等。", CN),
    E("50-55K", 50000, 55000, "CNY", "month", inferred=PC, hints=CN),
    E("1-2K", 1000, 2000, "CNY", "month", inferred=PC, hints=CN),
    N("工作时间：8:30-12：00、14:00-18:00，每月休息4天", CN),
    N("5、英语CET6级及以上.", CN),
    N("维护及美化校内60平方的小花园", CN),
    N("拥有235亩画境品牌直营店青山湖花园中心和2300余亩余杭径山生产基地", CN),
    N("注册资本为1180万元，各类专业技术人员、工程师共58人。", CN),
    N("到目前已有1936家高端别墅花园业主选择我们", CN),
    N("占地面积约20000平，是一家专业从事园林景观设计", CN),
    N("具有线上三家淘宝店铺和5000平实体展示大棚", CN),
    N(
        "上观园艺科技 引领城市景观整合升级园林景观系统解决专家100项产品发明专利 50000公里花箱铺设 500000件产值规模",
        CN,
    ),
    N("总资产45亿元，占地面积1300余亩，现有员工1700余人。", CN),
    N("现下属河南天冰、石家庄天冰，年总销售额达10亿元。", CN),
    NEG("熟悉线上（互联网）、线下（传统）客户管理和维护；有能力者工资可谈", CN),
    N("工作时间:早上9:00-18:30 ，一天8小时，月休四天,时间随意支配", CN),
    E(
        "薪酬计算方式：5000+项目提成，多劳多得哦！",
        5000,
        5000,
        "CNY",
        "month",
        inferred=PC,
        hints=CN,
    ),
    N("（其中本公司办公区域面积200方，景观木结构销售店面面积100方，仓储基地面积1500方。）", CN),
    NEG("5：工资待遇，试用期1个月，待遇面议。", CN),
    E(
        "福利待遇：试用3个月后交五险。转正4000元以上，晋升空间大",
        4000,
        None,
        "CNY",
        "month",
        inferred=P,
        hints=CN,
    ),
    E(
        "实习期月薪3000元，一个月转正后薪资4000，额外销售额5%奖金。",
        3000,
        3000,
        "CNY",
        "month",
        hints=CN,
    ),
    E(
        "薪资待遇：转正后税前年薪：10—25万。五险+工龄工资+年终红包",
        100000,
        250000,
        "CNY",
        "year",
        gross=True,
        inferred=C,
        hints=CN,
    ),
    E(
        "试用期工资2500元，3个月转正后3000-5000元加绩效奖金加年终奖金",
        2500,
        2500,
        "CNY",
        "month",
        inferred=P,
        hints=CN,
    ),
    N("花园式上班，上班时间较自由，工资弹性大。", CN),
    N("占地面积30公顷， 现有厂房面积13000平方米，具备年产5万套花箱，2万米金属护栏的生产能力", CN),
    N("注册资金1000万元整", CN),
    E(
        "底薪:2800-4000面议提成百分之三至百分之八绩效:300加班有加班工资",
        2800,
        4000,
        "CNY",
        "month",
        negotiable=True,
        inferred=PC,
        hints=CN,
    ),
)

# siblings of the fixes: the same rule on other strings of the same shape
FIXES = table(
    N("公司规模：500-999人", CN),
    N("年龄18-35岁", CN),
    E("招聘要求：18-35岁，身体健康，月薪6000-8000元", 6000, 8000, "CNY", "month", hints=CN),
    E("招聘5人，工资3500元/月", 3500, 3500, "CNY", "month", hints=CN),
    E("月薪1万余元", 10000, 10000, "CNY", "month", approximate=True, inferred=C, hints=CN),
    E("年薪30余万", 300000, 300000, "CNY", "year", approximate=True, inferred=C, hints=CN),
    E("年薪30-50余万", 300000, 500000, "CNY", "year", approximate=True, inferred=C, hints=CN),
    N("注册资本5000万人民币", CN),
    N("购房补贴6万元", CN),
    N("安家费10万元", CN),
    E("8000元/月，另有住房补贴500元", 8000, 8000, "CNY", "month", hints=CN),
    E("底薪(3838)", 3838, 3838, "CNY", "month", inferred=PC, hints=CN),
    N("Data Analyst (3838)", CN),
    E("客服专员（4000）", 4000, 4000, "CNY", "month", inferred=PC, hints=CN),
    NEG("薪资看能力而定", CN),
    E("8000-10000元/月，薪资可谈", 8000, 10000, "CNY", "month", negotiable=True, hints=CN),
    N("店面面积100方", CN),
    E("底薪5000平台提成", 5000, 5000, "CNY", "month", inferred=PC, hints=CN),
    E("月薪6000位于市中心", 6000, 6000, "CNY", "month", inferred=C, hints=CN),
    E("底薪3000名额有限", 3000, 3000, "CNY", "month", inferred=PC, hints=CN),
    E("【薪资待遇】8000-10000", 8000, 10000, "CNY", "month", inferred=PC, hints=CN),
    # no hints: a text in Han script is Chinese, whatever slashes or brackets it holds
    E(
        "设计经理/主管（AI设计）\n【\n深圳-宝安区\n】\n急聘\n10-20k\n5年以上\n本科",
        10000,
        20000,
        "CNY",
        "month",
        inferred=PC,
    ),
    E("顺丰速运,顺丰速运招聘水/空/陆运操作,6-9K,7.5", 6000, 9000, "CNY", "month", inferred=PC),
    E("10k-15k 经验1-3年 / 本科", 10000, 15000, "CNY", "month", inferred=PC),
    N("年产5万套花箱", CN),
    E("月薪30000元，其餘依公司規定", 30000, 30000, "TWD", "month", hints=TW),
)


@pytest.mark.parametrize("example", ZH)
def test_round8_zh(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXES)
def test_round8_zh_fixes(example: Example) -> None:
    check(example)

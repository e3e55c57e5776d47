#include "dossierdata.h"

namespace Dossier::Test {

int Rng::range(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(m_engine);
}

double Rng::real(double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(m_engine);
}

bool Rng::chance(double p)
{
    return real(0, 1) < p;
}

QString Rng::pick(std::initializer_list<const char*> options)
{
    return QString::fromUtf8(*(options.begin() + range(0, int(options.size()) - 1)));
}

QString Rng::pick(const QStringList& options)
{
    return options.at(range(0, int(options.size()) - 1));
}

unsigned Rng::seed()
{
    return unsigned(m_engine());
}

namespace {

// Fictional people, places and firms: surnames common and rare, given names of one or two characters.
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈",   "杨",   "黄",   "赵", "吴", "周", "徐", "孙", "马",
                                 "朱", "胡", "郭", "何", "高",   "林",   "罗",   "郑", "梁", "谢", "宋", "唐", "许",
                                 "韩", "冯", "邓", "曹", "彭",   "曾",   "肖",   "田", "董", "袁", "潘", "蒋", "蔡",
                                 "余", "杜", "叶", "程", "苏",   "魏",   "吕",   "丁", "沈", "任", "姚", "卢", "姜",
                                 "崔", "钟", "谭", "陆", "汪",   "范",   "金",   "石", "廖", "贾", "夏", "韦", "顾",
                                 "缪", "瞿", "季", "葛", "欧阳", "司马", "尉迟", "闵", "邬", "柏", "茅", "仇"};
const char* const kGiven[] = {"伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
                              "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀兰", "霞",   "平",   "刚",
                              "桂英", "建国", "建华", "志强", "海燕", "晓东", "文博", "婷婷", "子涵", "浩然", "雨萱",
                              "思远", "国栋", "玉兰", "春生", "德明", "慧敏", "立新", "卫东", "红梅", "宏伟", "嘉怡",
                              "俊杰", "淑珍", "永康", "晨阳", "亚楠", "金凤", "学军", "卫星", "瑞雪", "明轩", "长江"};
const char* const kPlaces[] = {"崇川区工农路",   "崇川区濠河路",       "通州区金霞路",      "海门区北京中路",
                               "开发区星湖大道", "崇川区青年中路",     "如皋市海阳路",      "启东市人民中路",
                               "海安市长江路",   "如东县掘港镇青园路", "崇川区虹桥路",      "通州区世纪大道",
                               "港闸区永和路",   "崇川区跃龙路",       "海门区三星镇叠石桥"};
const char* const kCompanies[] = {"南通华强汽车销售服务有限公司", "南通天和物业管理有限公司",
                                  "江苏瑞丰建设工程有限公司",     "南通市通达纺织品有限公司",
                                  "海门宏利装饰材料有限公司",     "南通新城房地产开发有限公司",
                                  "启东海之蓝食品有限公司",       "如皋市盛世家具有限公司",
                                  "南通顺捷物流有限公司",         "江苏金石信息技术有限公司"};
const char* const kFirms[] = {"江苏崇川律师事务所", "江苏通海律师事务所", "南通濠江律师事务所", "江苏海晟律师事务所",
                              "上海锦天城（南通）律师事务所"};

struct Court
{
    const char *name, *full, *code;
};
const Court kCourts[] = {{"南通市崇川区人民法院", "江苏省南通市崇川区人民法院", "苏0602"},
                         {"南通市通州区人民法院", "江苏省南通市通州区人民法院", "苏0612"},
                         {"南通市海门区人民法院", "江苏省南通市海门区人民法院", "苏0684"},
                         {"启东市人民法院", "江苏省启东市人民法院", "苏0681"},
                         {"如皋市人民法院", "江苏省如皋市人民法院", "苏0682"},
                         {"海安市人民法院", "江苏省海安市人民法院", "苏0685"},
                         {"如东县人民法院", "江苏省如东县人民法院", "苏0623"}};

struct Cause
{
    const char *cause, *subject;
};
const Cause kCauses[] = {{"民间借贷纠纷", "借款"},       {"买卖合同纠纷", "货款"},   {"房屋租赁合同纠纷", "租金"},
                         {"劳务合同纠纷", "劳务报酬"},   {"服务合同纠纷", "服务费"}, {"物业服务合同纠纷", "物业费"},
                         {"装饰装修合同纠纷", "工程款"}, {"承揽合同纠纷", "加工费"}, {"借款合同纠纷", "借款"},
                         {"运输合同纠纷", "运费"}};

template <typename T, std::size_t N> const T& pickOf(Rng& rng, const T (&a)[N])
{
    return a[rng.range(0, int(N) - 1)];
}

QString personName(Rng& rng)
{
    return QString::fromUtf8(pickOf(rng, kSurnames)) + QString::fromUtf8(pickOf(rng, kGiven));
}

QString idNumber(Rng& rng, const QDate& born)
{
    QString id = QStringLiteral("3206%1%2%3")
                     .arg(rng.range(1, 85), 2, 10, QLatin1Char('0'))
                     .arg(born.toString(QStringLiteral("yyyyMMdd")))
                     .arg(rng.range(100, 999));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id + QStringLiteral("10X98765432").at(sum % 11);
}

Person makePerson(Rng& rng, bool company)
{
    Person p;
    p.company = company;
    p.address = QString::fromUtf8(pickOf(rng, kPlaces)) + QString::number(rng.range(1, 399)) + tx("号");
    p.phone = QStringLiteral("1%1%2").arg(rng.pick({"3", "5", "8", "7"})).arg(rng.range(100000000, 999999999));
    if (company) {
        p.name = QString::fromUtf8(pickOf(rng, kCompanies));
        p.representative = personName(rng);
        return p;
    }
    p.name = personName(rng);
    p.sex = rng.chance(0.5) ? tx("男") : tx("女");
    p.nation = rng.chance(0.9) ? tx("汉族") : rng.pick({"回族", "满族", "蒙古族"});
    p.born = QDate(rng.range(1955, 2000), rng.range(1, 12), rng.range(1, 28));
    p.address +=
        rng.chance(0.6) ? QStringLiteral("%1幢%2室").arg(rng.range(1, 30)).arg(rng.range(101, 1806)) : QString();
    p.id = idNumber(rng, p.born);
    return p;
}

} // namespace

QString Person::description() const
{
    if (company)
        return tx("%1，住所地%2。法定代表人：%3。").arg(name, address, representative);
    return tx("%1，%2，%3出生，%4，住%5，公民身份号码%6。").arg(name, sex, arabicDate(born), nation, address, id);
}

CaseFacts makeCase(Rng& rng, int index)
{
    CaseFacts c;
    const Court& court = pickOf(rng, kCourts);
    c.court = QString::fromUtf8(court.name);
    c.courtFull = QString::fromUtf8(court.full);
    c.appealCourt = tx("江苏省南通市中级人民法院");
    const int year = rng.range(2021, 2025);
    c.caseNo = tx("（%1）%2民初%3号").arg(year).arg(QString::fromUtf8(court.code)).arg(rng.range(101, 12999));
    c.dossierId = QStringLiteral("G%1%2").arg(year).arg(index, 4, 10, QLatin1Char('0'));
    const Cause& cause = pickOf(rng, kCauses);
    c.cause = QString::fromUtf8(cause.cause);
    c.subject = QString::fromUtf8(cause.subject);
    c.plaintiff = makePerson(rng, rng.chance(0.2));
    c.defendant = makePerson(rng, rng.chance(0.4));
    c.lawyer = personName(rng);
    c.lawFirm = QString::fromUtf8(pickOf(rng, kFirms));
    c.judge = personName(rng);
    c.judge2 = personName(rng);
    c.assessor = personName(rng);
    c.clerk = personName(rng);
    c.assistant = personName(rng);
    c.simpleProcedure = rng.chance(0.6);
    c.filed = QDate(year, rng.range(1, 9), rng.range(1, 28));
    c.hearing = c.filed.addDays(rng.range(25, 70));
    c.decided = c.hearing.addDays(rng.range(5, 40));
    c.amount = qint64(rng.range(8, 900)) * 500;
    c.rate = rng.pick({"3.65", "3.85", "4.35", "6", "12"}).toDouble();
    return c;
}

QString arabicDate(const QDate& d)
{
    return tx("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString chineseNumber(int n)
{
    static const QString digits = tx("〇一二三四五六七八九");
    if (n < 10)
        return QString(digits.at(n));
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + tx("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

QString chineseDate(const QDate& d)
{
    static const QString digits = tx("〇一二三四五六七八九");
    QString year;
    for (QChar c : QString::number(d.year()))
        year += digits.at(c.digitValue());
    return tx("%1年%2月%3日").arg(year, chineseNumber(d.month()), chineseNumber(d.day()));
}

QString money(qint64 yuan)
{
    return QString::number(yuan) + tx("元");
}

} // namespace Dossier::Test

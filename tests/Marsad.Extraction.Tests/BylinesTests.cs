using Marsad.Extraction;

namespace Marsad.Extraction.Tests;

public class BylinesTests
{
    [Theory]
    [InlineData("كتب: أحمد عبد الله", "أحمد عبد الله")]
    [InlineData("كتب - أحمد عبد الله", "أحمد عبد الله")]
    [InlineData("كتب أحمد عبد الله", "أحمد عبد الله")]
    [InlineData("كتبت: منى الشريف", "منى الشريف")]
    [InlineData("كتبت منى الشريف", "منى الشريف")]
    [InlineData("بقلم: سامر يوسف", "سامر يوسف")]
    [InlineData("بقلم الكاتب سامر يوسف", "سامر يوسف")]
    [InlineData("بقلم الكاتبة ليلى حداد", "ليلى حداد")]
    [InlineData("إعداد: خالد الشمري", "خالد الشمري")]
    [InlineData("تقرير: هالة منصور", "هالة منصور")]
    [InlineData("المحرر: يوسف البدري", "يوسف البدري")]
    [InlineData("By John Smith", "John Smith")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    [InlineData("كتب: وليد حسن", "وليد حسن")]
    [InlineData("بقلم د. نادر فرج", "د. نادر فرج")]
    [InlineData("الكاتب: أحمد محمد نور", "أحمد محمد نور")]
    [InlineData("الكاتبة - سلمى العلي", "سلمى العلي")]
    [InlineData("بواسطة: سارة علي", "سارة علي")]
    public void Reads_one_author(string line, string expected)
    {
        Assert.True(Bylines.TryParse(line, out var authors));
        Assert.Equal([expected], authors);
    }

    [Theory]
    [InlineData("كتب: أحمد علي ومحمد حسن", new[] { "أحمد علي", "محمد حسن" })]
    [InlineData("كتب: أحمد علي، محمد حسن", new[] { "أحمد علي", "محمد حسن" })]
    [InlineData("كتب: أحمد علي ووليد حسن", new[] { "أحمد علي", "وليد حسن" })]
    [InlineData("By John Smith and Jane Doe", new[] { "John Smith", "Jane Doe" })]
    [InlineData("By John Smith, Jane Doe and Bob Lee", new[] { "John Smith", "Jane Doe", "Bob Lee" })]
    public void Splits_several_authors(string line, string[] expected)
    {
        Assert.True(Bylines.TryParse(line, out var authors));
        Assert.Equal(expected, authors);
    }

    [Theory]
    [InlineData("كتب: أحمد علي - القاهرة", "أحمد علي")]
    [InlineData("كتب: أحمد علي (رويترز)", "أحمد علي")]
    [InlineData("كتب: أحمد علي من القاهرة", "أحمد علي")]
    [InlineData("By John Smith, Reuters", "John Smith")]
    [InlineData("By John Smith | September 5, 2024", "John Smith")]
    [InlineData("By John Smith, Staff Writer", "John Smith")]
    public void Drops_place_agency_and_title_after_the_name(string line, string expected)
    {
        Assert.True(Bylines.TryParse(line, out var authors));
        Assert.Equal([expected], authors);
    }

    [Theory]
    [InlineData("مراسل الجزيرة في بيروت - رامي خليل", "رامي خليل")]
    [InlineData("رامي خليل - مراسل الجزيرة في بيروت", "رامي خليل")]
    [InlineData("مراسلنا في القاهرة: سعيد فؤاد", "سعيد فؤاد")]
    public void Reads_correspondent_lines(string line, string expected)
    {
        Assert.True(Bylines.TryParse(line, out var authors));
        Assert.Equal([expected], authors);
    }

    [Theory]
    [InlineData("كتب الرئيس رسالة إلى نظيره الفرنسي يطلب فيها دعما عاجلا.")]
    [InlineData("كتب التاريخ لا تنسى ما جرى في تلك الأيام")]
    [InlineData("كتبي المفضلة كثيرة")]
    [InlineData("By the way, the meeting was postponed.")]
    [InlineData("Byron Bay is a town in Australia")]
    [InlineData("قال مراسل الجزيرة إن القصف استمر طوال الليل، وفق مصادر محلية")]
    [InlineData("مراسلنا")]
    [InlineData("كتب في 2024 عن الأزمة")]
    [InlineData("الكاتب الفلسطيني محمود درويش قال إن الأرض تورث كاللغة")]
    [InlineData("")]
    public void Is_not_fooled_by_sentences(string line)
    {
        Assert.False(Bylines.TryParse(line, out var authors));
        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("القاهرة - محمد عبد الحميد", "محمد عبد الحميد")]
    [InlineData("عمّان - بترا - رنا الخطيب", "رنا الخطيب")]
    [InlineData("مقديشو – الأناضول – أحمد نور", "أحمد نور")]
    [InlineData("الرياض – فهد العتيبي", "فهد العتيبي")]
    [InlineData("صنعاء: علي الحاج", "علي الحاج")]
    [InlineData("دمشق – «الحياة»: من هالة الأحمد", "هالة الأحمد")]
    public void Reads_the_writer_of_a_dateline(string line, string expected)
    {
        Assert.True(Bylines.TryDateline(line, out var authors));
        Assert.Equal([expected], authors);
    }

    [Theory]
    [InlineData("مقديشو - الأناضول")]
    [InlineData("عمّان - وزارة الخارجية - رنا الخطيب")]
    [InlineData("بغداد - قال مصدر أمني إن")]
    [InlineData("المصدر: الجزيرة")]
    [InlineData("محمد علي: الوضع خطير جدا")]
    public void A_dateline_without_a_writer_names_nobody(string line)
    {
        Assert.False(Bylines.TryDateline(line, out _));
    }

    [Theory]
    [InlineData("المحرر السياسي")]
    [InlineData("إعداد: القسم الاقتصادي")]
    public void A_desk_byline_is_a_byline_with_no_person(string line)
    {
        Assert.True(Bylines.TryParse(line, out var authors));
        Assert.Empty(authors);
    }

    [Fact]
    public void Two_bare_names_either_side_of_a_dash_are_two_writers()
    {
        Assert.True(Bylines.TryParse("بقلم: سامي الحاج - علي العمري", out var authors));
        Assert.Equal(["سامي الحاج", "علي العمري"], authors);
        Assert.True(Bylines.TryParse("بقلم: سامي الحاج - القاهرة", out var one));
        Assert.Equal(["سامي الحاج"], one);
    }

    [Theory]
    [InlineData("وكالات", true)]
    [InlineData("سكاي نيوز عربية - أبوظبي", true)]
    [InlineData("موقع الخليج الجديد", true)]
    [InlineData("سامي الحاج", false)]
    public void An_agency_or_an_outlet_is_no_writer(string name, bool outlet) => Assert.Equal(outlet, Bylines.IsOutlet(name));
}

using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests;

public class ActorKeyTests
{
    [Theory]
    [InlineData("أنتوني بلينكن", "أنطوني بلينكن")]
    [InlineData("أردوغان", "إردوغان")]
    [InlineData("رجب طيب أردوغان", "رجب طيب اردوغان")]
    [InlineData("هيئة تحرير الشام", "هيئه تحرير الشام")]
    [InlineData("الأمم المتحدة", "الامم المتحده")]
    public void Spelling_variants_of_a_person_or_organization_share_a_key(string a, string b)
    {
        Assert.Equal(ActorKey.Of(a, "PER"), ActorKey.Of(b, "PER"));
    }

    [Fact]
    public void A_movement_meets_its_name_with_and_without_the_word_movement()
    {
        Assert.Equal(ActorKey.Of("حماس", "ORG"), ActorKey.Of("حركة حماس", "ORG"));
    }

    [Theory]
    [InlineData("محمد", "محمود")]
    [InlineData("عباس", "عياش")]
    public void Different_names_keep_different_keys(string a, string b)
    {
        Assert.NotEqual(ActorKey.Of(a, "PER"), ActorKey.Of(b, "PER"));
    }

    [Fact]
    public void The_same_name_as_different_types_does_not_meet()
    {
        Assert.NotEqual(ActorKey.Of("الأهلي", "ORG"), ActorKey.Of("الأهلي", "PER"));
    }
}

public class ActorKeyStateTests
{
    [Fact]
    public void A_state_keys_by_its_code_whatever_name_is_used()
    {
        Assert.Equal(ActorKey.Of("تركيا", "GPE"), ActorKey.Of("الجمهورية التركية", "GPE"));
        Assert.NotEqual(ActorKey.Of("تركيا", "GPE"), ActorKey.Of("اليونان", "GPE"));
    }
}

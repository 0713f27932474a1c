using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Storage.Search;

namespace Marsad.Reliability.Tests;

/// <summary>The fuzz targets' contract as properties: any input is read or refused with a reason, nothing else.</summary>
public class ParserProperties
{
    private static readonly string[] QueryParts = ["سلام", "الملك", "AND", "OR", "NOT", "أو", "-", "(", ")", "\"", "*", " ", "وزير*", "\"مجلس الأمن\""];

    [Property(MaxTest = 500)]
    public bool Any_byte_string_decodes(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes ?? [], isHtml: true, out var encoding);
        return text is not null && !string.IsNullOrEmpty(encoding);
    }

    [Property(MaxTest = 500)]
    public Property Any_query_of_operators_and_words_parses_or_is_refused()
    {
        var query = Gen.ArrayOf(Gen.Elements(QueryParts)).Select(parts => string.Join(' ', parts));
        return Prop.ForAll(query.ToArbitrary(), text =>
        {
            try
            {
                var q = SearchQuery.Parse(text);
                _ = q?.ToTsQuery();
                _ = q?.ToFts5();
            }
            catch (Marsad.Storage.StoreException)
            {
                // a refusal with a message for the user
            }
        });
    }

    [Property(MaxTest = 200)]
    public bool Any_text_extracts_or_is_refused_with_a_reason(string s)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(s ?? string.Empty);
        try
        {
            _ = ArticleExtractor.Extract(bytes, new ExtractionOptions());
            return true;
        }
        catch (MarsadInputException ex)
        {
            return ex.Message.Length > 0;
        }
    }
}

namespace NewsModel.Extraction.Entities;

/// <summary>A place, organisation or person that records refer to by name and id.</summary>
internal interface INamedEntity
{
    string Name { get; }

    string Id { get; }
}

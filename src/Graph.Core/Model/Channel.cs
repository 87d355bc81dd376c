namespace Depgraph.Core.Model;

/// <summary>
/// A means by which information is shared (e-mail, a members-only portal, a meeting …), as a dataset's
/// <c>defaults.yaml</c> defines it: the <c>shares_with</c> edges that name it take its delay and probability unless
/// they state their own. Channels are not nodes; <see cref="GraphDataset.Channels"/> lists them so they can be found.
/// </summary>
/// <param name="Id">The channel id edges name, e.g. <c>email</c>.</param>
/// <param name="Name">The name in Japanese and English, e.g. メール / e-mail.</param>
/// <param name="DelayHours">Default delay in hours over this channel.</param>
/// <param name="Probability">Default probability that one release over this channel reaches the recipient, in [0, 1].</param>
public sealed record Channel(string Id, LocalizedName Name, double DelayHours, double Probability);

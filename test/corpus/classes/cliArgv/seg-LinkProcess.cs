using System.Diagnostics;

class LinkProcess
{
    Process List(string projectId) =>
        Process.Start(new ProcessStartInfo("atlas", $"privateEndpoints list --projectId {projectId}"));

    Process Describe(string id) =>
        Process.Start(new ProcessStartInfo { FileName = "atlas", Arguments = $"privateEndpoints describe {id}" });

    Process Delete(string id)
    {
        var info = new ProcessStartInfo("atlas");
        info.ArgumentList.Add("privateEndpoints");
        info.ArgumentList.Add("delete");
        info.ArgumentList.Add(id);
        return Process.Start(info);
    }

    Process Current(string id) =>
        Process.Start(new ProcessStartInfo("atlas", $"privateEndpoints aws describe {id}"));
}

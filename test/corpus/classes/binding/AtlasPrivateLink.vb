Imports System.Net.Http

Namespace Infra.Atlas
    Public Class AtlasPrivateLink
        Private Const ApiRoot As String = "https://cloud.mongodb.com/api/atlas/v1.0"
        Private ReadOnly _groupId As String
        Private ReadOnly _http As HttpClient

        ' Legacy private endpoint connection collection (deprecated).
        Private ReadOnly Property PeBase As String
            Get
                Return $"{ApiRoot}/groups/{_groupId}/privateEndpoint"
            End Get
        End Property

        Private Function ServicesUrl(provider As String) As String
            Return $"{ApiRoot}/groups/{_groupId}/privateEndpoint/{provider}/endpointService"
        End Function

        Public Async Function ListAsync() As Task(Of String)
            Return Await _http.GetStringAsync(PeBase & "?itemsPerPage=500")
        End Function

        Public Async Function DeleteAsync(linkId As String) As Task
            Await _http.DeleteAsync(PeBase & "/" & linkId)
        End Function

        Public Async Function AddInterfaceAsync(linkId As String, body As HttpContent) As Task
            Await _http.PostAsync(String.Join("/", {PeBase, linkId, "interfaceEndpoints"}), body)
        End Function

        Public Async Function ServiceAsync(id As String) As Task(Of String)
            Return Await _http.GetStringAsync(ServicesUrl("AWS") & "/" & id)
        End Function
    End Class
End Namespace
